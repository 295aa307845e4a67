// The most the app downloads before anything is signed: a data file is bounded by its signed size instead.

/** About 25,000 file entries: far more than a feed of millions of mediators needs. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
/** 88 characters of base64 and perhaps a line break. */
export const SIGNATURE_MAX_BYTES = 1024;
