// Exit codes are a contract with users' scripts and CI (see DESIGN.md).
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in slens, not in the input: EX_SOFTWARE of BSD sysexits, so scripts can tell it from bad usage. */
export const EXIT_INTERNAL = 70;
