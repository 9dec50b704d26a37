// The rule for printable text lives in src/shared, where the renderer reads it too.
export { bindInitials, cleanLine, cleanText, unbreakable } from '../../shared/sanitize';
