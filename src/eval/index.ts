export { parseCsv, parseCsvRecords } from './csv';
export { evaluate, politenessFigures, replyFigures, PAPER, type Evaluation, type Figure } from './figures';
export { binaryTask, parsePoliteness, SPLIT_SEED, type PolitenessRequest } from './politeness-data';
export { parseReply, type Reply } from './replies';
export { accuracy, auc, bestThreshold, ranks, shuffle, spearman } from './stats';
export { formatTable, passes, TOLERANCE } from './table';
