export { foldText } from './fold-text';
export { hashText } from './hash-text';
export { mergeHighlights } from './highlights';
