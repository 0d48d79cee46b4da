import { LoadingOverlay, type MantineSpacing, Paper } from '@mantine/core';
import {
  type ChangeEvent,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';

/** File types a zone takes: MIME types, each with the file-name extensions that mean it (`.md`). */
export type AcceptedTypes = Record<string, string[]>;

/** Why a file was turned away before it was sent. */
export type FileRejectionReason = 'wrong-type' | 'too-large' | 'too-many';

/** A file the zone turned away, and why. */
export interface RejectedFile {
  file: File;
  reason: FileRejectionReason;
}

/**
 * Whether a file is of an accepted type: its MIME type is listed (or matches a listed `type/*`),
 * or its name ends with a listed extension. Browsers often give no MIME type for Markdown, and
 * a wrong one for a damaged file, so the name alone is enough; the server reads the file anyway.
 */
export function acceptsFile(file: File, accept: AcceptedTypes): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return Object.entries(accept).some(
    ([mime, extensions]) =>
      (mime.endsWith('/*') ? type.startsWith(mime.slice(0, -1)) : type === mime) ||
      extensions.some((extension) => name.endsWith(extension.toLowerCase())),
  );
}

/**
 * Splits dropped or chosen files into those to send and those turned away: a file of another
 * type or over `maxSize` bytes is turned away; where one file is wanted, several are all turned
 * away, so the person chooses which.
 */
export function sortFiles(
  files: File[],
  { accept, maxSize, multiple }: { accept: AcceptedTypes; maxSize: number; multiple: boolean },
): { accepted: File[]; rejected: RejectedFile[] } {
  if (!multiple && files.length > 1) return { accepted: [], rejected: files.map((file) => ({ file, reason: 'too-many' })) };
  const accepted: File[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    if (!acceptsFile(file, accept)) rejected.push({ file, reason: 'wrong-type' });
    else if (file.size > maxSize) rejected.push({ file, reason: 'too-large' });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

/** Whether a drag carries files (not text or a link dragged within the page). */
function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes('Files');
}

/** What a `FileDropZone` takes. */
export interface FileDropZoneProps {
  accept: AcceptedTypes;
  /** The largest file sent, in bytes; larger ones are turned away. */
  maxSize: number;
  multiple: boolean;
  /** Called once per drop or choice, with the files to send and those turned away. */
  onFiles: (accepted: File[], rejected: RejectedFile[]) => void;
  /** The accessible name of the file input (hidden; the zone and buttons stand for it). */
  inputLabel: string;
  /**
   * When given, the zone is itself a button of this name: a click, Enter or Space opens the
   * file chooser. Without it the zone only takes drops; pair it with a button calling `openRef`.
   */
  buttonLabel?: string;
  /** Receives a function that opens the file chooser. */
  openRef?: Ref<() => void>;
  /** While true the zone shows a loader and takes no files. */
  busy?: boolean;
  p?: MantineSpacing;
  children: ReactNode;
}

/**
 * A zone to drop files on, with a hidden file input beside it (not inside it, so no control
 * nests in a button) for choosing them. Files of other types or too large are turned away
 * before anything is sent. While it is shown, a file dropped elsewhere on the page is ignored
 * rather than opened by the browser in place of the app.
 */
export function FileDropZone({
  accept,
  maxSize,
  multiple,
  onFiles,
  inputLabel,
  buttonLabel,
  openRef,
  busy = false,
  p = 'md',
  children,
}: FileDropZoneProps) {
  const zoneRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // dragenter and dragleave fire for every child crossed; the zone is left when they balance.
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);

  const open = useCallback(() => {
    if (!busy) inputRef.current?.click();
  }, [busy]);
  useImperativeHandle(openRef, () => open, [open]);

  const take = (files: File[]) => {
    if (busy || files.length === 0) return;
    const { accepted, rejected } = sortFiles(files, { accept, maxSize, multiple });
    onFiles(accepted, rejected);
  };

  useEffect(() => {
    const guard = (event: globalThis.DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || zoneRef.current?.contains(event.target as Node)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    document.addEventListener('dragover', guard);
    document.addEventListener('drop', guard);
    return () => {
      document.removeEventListener('dragover', guard);
      document.removeEventListener('drop', guard);
    };
  }, []);

  const onDragEnter = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    take(Array.from(event.dataTransfer.files));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared, so choosing the same file again is a change too.
    event.currentTarget.value = '';
    take(files);
  };

  return (
    <>
      <Paper
        ref={zoneRef}
        withBorder
        p={p}
        pos="relative"
        className={buttonLabel ? 'mantine-focus-auto' : undefined}
        role={buttonLabel ? 'button' : undefined}
        tabIndex={buttonLabel ? 0 : undefined}
        aria-label={buttonLabel}
        aria-disabled={buttonLabel && busy ? true : undefined}
        aria-busy={busy || undefined}
        data-dragging={dragging || undefined}
        onClick={buttonLabel ? open : undefined}
        onKeyDown={buttonLabel ? onKeyDown : undefined}
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          cursor: buttonLabel && !busy ? 'pointer' : undefined,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-default-border)',
          backgroundColor: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <LoadingOverlay visible={busy} />
        {children}
      </Paper>
      <input
        ref={inputRef}
        type="file"
        aria-label={inputLabel}
        accept={Object.entries(accept)
          .flatMap(([mime, extensions]) => [mime, ...extensions])
          .join(',')}
        multiple={multiple}
        tabIndex={-1}
        style={{ display: 'none' }}
        onChange={onChange}
      />
    </>
  );
}
