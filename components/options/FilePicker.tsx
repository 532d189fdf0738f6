import { t } from '@/lib/i18n/t';

/**
 * A labelled file input drawn as a button in the page's language (Chromium's own "Choose File"
 * stays English in a Norwegian page). The real `input[type=file][data-action=…]` stays in place,
 * invisible over the drawn button, so it keeps its label, keyboard and test hook (SPEC §6).
 * The input is emptied after each pick, so the same file can be picked again.
 */
export function FilePicker(props: { id: string; label: string; action: string; accept: string; multiple?: boolean; disabled?: boolean; hintId?: string; onFiles: (files: File[]) => void }) {
  const { id, label, action, accept, multiple, disabled, hintId, onFiles } = props;
  return (
    <>
      <label for={id}>{label}</label>
      <span class="bl-file">
        <input
          id={id}
          type="file"
          class="bl-file-input"
          multiple={multiple}
          accept={accept}
          data-action={action}
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) onFiles(files);
          }}
        />
        <span class="bl-button bl-file-button" aria-hidden="true">
          {t(multiple ? 'options_choose_files' : 'options_choose_file')}
        </span>
      </span>
    </>
  );
}
