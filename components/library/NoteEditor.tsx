import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { debounce } from './debounce';

/** How long typing must pause before the note is saved. */
export const NOTE_SAVE_DELAY_MS = 600;

interface Props {
  clipId: number;
  note: string;
  onSave: (note: string) => Promise<unknown>;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** The clip's note: saved a moment after typing stops, on blur, and when the reader closes. */
export function NoteEditor({ clipId, note, onSave }: Props) {
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<SaveState>('idle');
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  const save = useMemo(
    () =>
      debounce((text: string) => {
        setState('saving');
        saveRef.current(text).then(
          () => setState('saved'),
          () => setState('error'),
        );
      }, NOTE_SAVE_DELAY_MS),
    [clipId],
  );

  // A pending edit is written before another clip is shown or the reader closes.
  useEffect(() => () => save.flush(), [save]);

  // Take the stored note when it changes elsewhere (another tab), unless the user is mid-edit.
  useEffect(() => {
    if (!save.pending()) setDraft(note);
  }, [note, save]);

  const statusText = { idle: '', saving: t('libraryNoteSaving'), saved: t('libraryNoteSaved'), error: t('libraryNoteError') }[state];
  return (
    <div class="note-editor">
      <label for="reader-note">{t('libraryNoteLabel')}</label>
      <textarea
        id="reader-note"
        data-testid="reader-note"
        dir="auto"
        rows={4}
        value={draft}
        placeholder={t('libraryNotePlaceholder')}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          save(event.currentTarget.value);
        }}
        onBlur={() => save.flush()}
      />
      <p class="note-editor__status" data-testid="reader-note-status" data-state={state} role="status">
        {statusText}
      </p>
    </div>
  );
}
