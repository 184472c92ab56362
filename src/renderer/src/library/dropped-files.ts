/** Whether a drag carries files (not text or a link dragged from the article). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return !!transfer && Array.from(transfer.types).includes('Files');
}
