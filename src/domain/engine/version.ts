/**
 * The engine's version, printed on every summary and export so a reader can tell which rules
 * produced the advice. Bump the minor version for any change of a rule's output.
 */
export const ENGINE_VERSION = '3.0.0';
