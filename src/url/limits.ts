/** Longest scenario name, in UTF-16 code units (what an input's maxLength counts). */
export const NAME_MAX_LENGTH = 80;
