interface Props {
  label: string;
  accept: string;
  disabled: boolean;
  testId: string;
  onFile: (file: File) => void;
}

/**
 * A file picker shown as a button. The input is emptied once the file is taken, so that picking
 * the same file again (after fixing it, or to import it twice) fires again.
 */
export function FileButton({ label, accept, disabled, testId, onFile }: Props) {
  return (
    <label class="file-button">
      {label}
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
        data-testid={testId}
      />
    </label>
  );
}
