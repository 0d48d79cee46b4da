/** Where a backup goes wrong: the entity, the row (its place in the list and its id) and the field, when known. */
export interface BackupProblem {
  entity?: string;
  index?: number;
  id?: string;
  field?: string;
  message: string;
}
