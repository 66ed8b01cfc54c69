// How much an upload may hold: checked before and while anything is unpacked, so a hostile archive is refused
// after at most these many bytes were inflated.
export interface UploadLimits {
  /** The upload itself (an archive, or the sum of the files sent). */
  uploadBytes: number;
  /** Files written out of the upload. */
  files: number;
  /** One file once unpacked. */
  fileBytes: number;
  /** Everything unpacked. */
  totalBytes: number;
  /** Unpacked bytes per uploaded byte, beyond `ratioFloor` unpacked bytes (a zip bomb's ratio is in the thousands). */
  ratio: number;
  ratioFloor: number;
}

export const UPLOAD_LIMITS: UploadLimits = {
  uploadBytes: 10 * 1024 * 1024,
  files: 5000,
  fileBytes: 5 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  ratio: 100,
  ratioFloor: 4 * 1024 * 1024,
};
