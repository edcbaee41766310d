import { type MessageKey, t } from './i18n';
import type { ClipErrorCode } from './messages';

// Chrome message names allow only [A-Za-z0-9_@], so error codes map to camelCase keys.
const KEYS: Record<ClipErrorCode, MessageKey> = {
  restricted: 'clipError_restricted',
  'no-tab': 'clipError_noTab',
  'no-permission': 'clipError_noPermission',
  pdf: 'clipError_pdf',
  empty: 'clipError_empty',
  'too-large': 'clipError_tooLarge',
  timeout: 'clipError_timeout',
  'no-selection': 'clipError_noSelection',
  'storage-full': 'clipError_storageFull',
  storage: 'clipError_storage',
  failed: 'clipError_failed',
};

/** The localized sentence explaining why a clip failed. */
export function clipErrorMessage(code: ClipErrorCode): string {
  return t(KEYS[code]);
}
