import { createSignal, Show } from 'solid-js';
import { escapeCancels, focusSoon } from '@/components/confirm';
import { Feedback } from '@/components/Feedback';
import { saveFile } from '@/components/files';
import { unsignedPrintoutMessage } from '@/lib/documents/printout-check';
import { checkScanFile, formatFileSize, SCAN_HEAD_BYTES } from '@/lib/documents/scan-check';
import { send } from '@/lib/messaging/client';
import type { ScanSummary } from '@/lib/protocol/documents';
import { decodeBase64, encodeBase64 } from '@/lib/text/base64';
import { formatInstant } from '@/lib/text/dates';
import { errorText } from '@/lib/text/errors';

export interface ScanSectionProps {
  profileId: string;
  scan: ScanSummary | null;
}

/**
 * The scanned, signed application, kept to attach to the Pismo ogólne on ePUAP. The file is checked
 * here first (so a wrong or huge file is never read whole) and again by the background, which keeps
 * it; a rejected file leaves the kept scan as it was.
 */
export function ScanSection(props: ScanSectionProps) {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [warning, setWarning] = createSignal('');
  const [error, setError] = createSignal('');
  const [dragging, setDragging] = createSignal(false);
  const [confirmingDelete, setConfirmingDelete] = createSignal(false);
  const cancelDelete = () => {
    setConfirmingDelete(false);
    focusSoon('#scan-delete');
  };

  const store = async (file: File) => {
    setStatus('');
    setWarning('');
    setError('');
    const head = new Uint8Array(await file.slice(0, SCAN_HEAD_BYTES).arrayBuffer());
    const check = checkScanFile({ name: file.name, type: file.type, size: file.size, firstBytes: head });
    if (!check.ok) {
      setError(`${check.message}${props.scan ? ` Zachowano poprzedni skan: ${props.scan.name}.` : ''}`);
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const printout = await unsignedPrintoutMessage(bytes);
      if (printout) {
        setError(`${printout}${props.scan ? ` Zachowano poprzedni skan: ${props.scan.name}.` : ''}`);
        return;
      }
      const base64 = encodeBase64(bytes);
      const result = await send('documents.storeScan', {
        profileId: props.profileId,
        name: file.name,
        type: file.type,
        base64,
      });
      if (!result.ok) {
        setError(`${result.message}${props.scan ? ` Zachowano poprzedni skan: ${props.scan.name}.` : ''}`);
        return;
      }
      setWarning(result.warning ?? '');
      setStatus(`Zapisano skan: ${result.scan.name} (${formatFileSize(result.scan.size)}).`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = (event: Event & { currentTarget: HTMLInputElement }) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) void store(file);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    if (files.length > 1) {
      setError('Upuść jeden plik: skan całego wniosku (najlepiej obie strony w jednym pliku PDF).');
      return;
    }
    const [file] = files;
    if (file) void store(file);
  };

  const download = async () => {
    setError('');
    try {
      const scan = await send('documents.getScan', { profileId: props.profileId });
      const bytes = scan && decodeBase64(scan.base64);
      if (!scan || !bytes) throw new Error('Nie ma zapisanego skanu.');
      saveFile(bytes, scan.name, scan.type);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const remove = async () => {
    setConfirmingDelete(false);
    await send('documents.deleteScan', { profileId: props.profileId });
    setWarning('');
    setStatus('Usunięto skan.');
  };

  return (
    <section aria-labelledby="scan-title" class="doc-section">
      <h2 id="scan-title">Skan podpisanego wniosku</h2>
      <p class="lead">
        Zeskanuj wydrukowany i podpisany wniosek (najlepiej obie strony w jednym pliku PDF, 150–200 dpi) i
        wskaż plik. Rozszerzenie przechowa go na tym komputerze i dołączy do pisma ogólnego na ePUAP.
      </p>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a mouse shortcut; the file input inside is the keyboard path. */}
      <div
        class="dropzone"
        classList={{ dragging: dragging() }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label for="scan-file">
          {props.scan ? 'Zastąp skan innym plikiem' : 'Wybierz plik skanu'} (PDF lub JPG, do 5 MB)
        </label>
        <input
          id="scan-file"
          type="file"
          accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg"
          disabled={busy()}
          onChange={chooseFile}
          aria-describedby="scan-drop-hint"
        />
        <p class="hint" id="scan-drop-hint">
          Możesz też przeciągnąć plik i upuścić go tutaj.
        </p>
      </div>

      <Feedback status={busy() ? 'Zapisywanie skanu…' : status()} error={error()} />
      <Show when={warning()}>
        <p class="notice">{warning()}</p>
      </Show>

      <Show when={props.scan} fallback={<p class="empty">Nie zapisano jeszcze skanu podpisanego wniosku.</p>}>
        {(scan) => (
          <section class="doc-card scan-card" aria-labelledby="scan-kept-title">
            <h3 id="scan-kept-title">Zapisany skan</h3>
            <dl class="facts">
              <dt>Plik</dt>
              <dd class="scan-name">{scan().name}</dd>
              <dt>Rozmiar</dt>
              <dd>{formatFileSize(scan().size)}</dd>
              <dt>Zapisano</dt>
              <dd>{formatInstant(scan().storedAt)}</dd>
            </dl>
            <Show
              when={confirmingDelete()}
              fallback={
                <div class="actions">
                  <button type="button" onClick={() => void download()}>
                    Pobierz<span class="sr-only"> skan {scan().name}</span>
                  </button>
                  <button
                    type="button"
                    class="danger"
                    id="scan-delete"
                    onClick={() => {
                      setConfirmingDelete(true);
                      focusSoon('#scan-delete-cancel');
                    }}
                  >
                    Usuń<span class="sr-only"> skan {scan().name}</span>
                  </button>
                </div>
              }
            >
              <div
                class="confirm"
                role="alertdialog"
                aria-label="Potwierdź usunięcie skanu"
                onKeyDown={escapeCancels(cancelDelete)}
              >
                <p>
                  Usunąć zapisany skan „{scan().name}”? Plik na dysku zostaje, usuwamy tylko kopię w
                  rozszerzeniu.
                </p>
                <div class="actions">
                  <button type="button" class="danger" onClick={() => void remove()}>
                    Tak, usuń skan
                  </button>
                  <button type="button" id="scan-delete-cancel" onClick={cancelDelete}>
                    Anuluj
                  </button>
                </div>
              </div>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}
