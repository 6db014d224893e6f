import { createSignal, type JSX, Match, Show, Switch } from 'solid-js';
import type { ProcessState, StepView } from '@/lib/process';
import { afterDays } from '@/lib/process/polish';
import { dayPart, daysAgo, formatDay } from '@/lib/text/dates';
import { COMPLETED_BY_LABELS, STATUS_LABELS } from './labels';
import { ManualTickForm } from './ManualTickForm';
import { McDecisionForm, RefusalExplanation } from './McDecisionForm';
import { McFormProgress } from './McFormProgress';
import { StepActionButton } from './StepActionButton';
import { recordEvent } from './step-actions';

export interface StepCardProps {
  step: StepView;
  state: ProcessState;
  profileId: string;
  thresholdDays: number;
}

/** One step of the checklist: its state, what is missing, and what to do next. */
export function StepCard(props: StepCardProps) {
  const step = () => props.step;
  const done = () => step().status === 'done';
  const titleId = () => `step-${step().id}-title`;
  return (
    <li
      id={`step-${step().id}`}
      class={`step status-${step().status}`}
      classList={{ current: step().isCurrent }}
      aria-current={step().isCurrent ? 'step' : undefined}
      aria-labelledby={titleId()}
      data-step-id={step().id}
      tabindex="-1"
    >
      <div class="step-head">
        <span class="step-number" aria-hidden="true">
          {done() ? '✓' : step().number}
        </span>
        <h3 class="step-title" id={titleId()}>
          <span class="sr-only">Krok {step().number}: </span>
          {step().title}
        </h3>
      </div>
      <p class="step-state">
        <span class={`step-status status-${step().status}`}>{STATUS_LABELS[step().status]}</span>
        <Show when={done() && completionText(step())}>
          {(text) => <span class="step-done-line">{text()}</span>}
        </Show>
      </p>
      <Show when={!done() && step().missing.length > 0}>
        <p class="step-missing">
          <span class="sr-only">Brakujące dane: </span>
          {step().missing.join(' · ')}
        </p>
      </Show>
      <Show when={done()} fallback={<OpenStep {...props} />}>
        <DoneStep {...props} />
      </Show>
    </li>
  );
}

/**
 * The day a step's date cannot precede: the letter is sent after the application was printed, the
 * later steps after the letter. Undefined when the earlier step has no date.
 */
function notBeforeOf(stepId: StepView['id'], state: ProcessState): { iso: string; what: string } | undefined {
  const earlier: Partial<Record<StepView['id'], { step: StepView['id']; what: string }>> = {
    pismo: { step: 'application', what: 'data wydruku wniosku' },
    'sigillum-files': { step: 'pismo', what: 'data wysłania pisma ogólnego' },
    'report-mailed': { step: 'sigillum-files', what: 'data otrzymania plików od Sigillum' },
  };
  const rule = earlier[stepId];
  const record = rule ? state.steps[rule.step] : undefined;
  // The application counts from its first printing (the letter cannot carry it earlier).
  const at = rule?.step === 'application' ? (record?.startedAt ?? record?.completedAt) : record?.completedAt;
  return rule && at ? { iso: at, what: rule.what } : undefined;
}

/** "02.03.2026 · zaznaczono ręcznie – podpisał wójt": when and how a done step was done. */
function completionText(step: StepView): string {
  const parts = [
    step.completedAt ? formatDay(step.completedAt) : '',
    step.completedBy ? COMPLETED_BY_LABELS[step.completedBy] : '',
  ].filter(Boolean);
  return parts.join(' · ') + (step.note ? ` – ${step.note}` : '');
}

function OpenStep(props: StepCardProps) {
  const step = () => props.step;
  const body = (): JSX.Element => (
    <div class="step-body">
      <p class="step-instructions">{step().instructions}</p>
      <StepActionButton step={step()} />
      <Switch>
        <Match when={step().id === 'mc-decision' && step().refusal}>
          {(help) => <RefusalExplanation profileId={props.profileId} help={help()} />}
        </Match>
        <Match when={step().id === 'mc-decision'}>
          <Show when={step().waitingDays !== undefined}>
            <p class="waiting">
              Pismo wysłano {daysAgo(step().waitingDays ?? 0)}. Przypomnienie {afterDays(props.thresholdDays)}{' '}
              oczekiwania (ustawienia na dole panelu).
            </p>
          </Show>
          <McDecisionForm profileId={props.profileId} />
        </Match>
        <Match when={step().id === 'mc-form'}>
          <Show when={props.state.mcDecision.approvalLink}>
            {(link) => (
              <p class="mc-link">
                Link od MC: <span class="link-text">{link()}</span>
              </p>
            )}
          </Show>
          <McFormProgress profileId={props.profileId} state={props.state} />
        </Match>
        <Match when={step().canTickByHand}>
          <ManualTickForm
            profileId={props.profileId}
            stepId={step().id}
            submitLabel={step().action.kind === 'manual-tick' ? step().action.label : 'Zaznacz jako zrobione'}
            notBefore={notBeforeOf(step().id, props.state)}
          />
        </Match>
      </Switch>
    </div>
  );
  // The current step (and a refusal) is open; the others fold away so the list stays readable.
  return (
    <Show
      when={step().isCurrent || step().status === 'blocked'}
      fallback={
        <details class="step-details">
          <summary>
            Co zrobić<span class="sr-only"> w kroku {step().number}</span>?
          </summary>
          {body()}
        </details>
      }
    >
      {body()}
    </Show>
  );
}

function DoneStep(props: StepCardProps) {
  const step = () => props.step;
  const [error, setError] = createSignal('');
  const undo = async () =>
    setError((await recordEvent(props.profileId, { type: 'undo-tick', stepId: step().id })) ?? '');
  return (
    <div class="step-done-body">
      <Show when={step().id === 'mc-decision' && props.state.mcDecision.approvalLink}>
        {(link) => (
          <p class="mc-link">
            Link od MC: <span class="link-text">{link()}</span>
          </p>
        )}
      </Show>
      <Show when={step().canUndo || step().canTickByHand}>
        <div class="done-tools">
          <Show when={step().canUndo}>
            <button type="button" class="small" onClick={() => void undo()}>
              Cofnij<span class="sr-only"> zaznaczenie kroku {step().number}</span>
            </button>
          </Show>
          <Show when={step().canTickByHand}>
            <details class="edit-tick">
              <summary>
                Zmień datę lub notatkę<span class="sr-only"> kroku {step().number}</span>
              </summary>
              <ManualTickForm
                profileId={props.profileId}
                stepId={step().id}
                idSuffix="-edit"
                submitLabel="Zapisz zmianę"
                initialDate={dayPart(step().completedAt ?? '')}
                initialNote={step().note ?? ''}
                notBefore={notBeforeOf(step().id, props.state)}
              />
            </details>
          </Show>
        </div>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
