// How the available options are listed: by fit (the ranking), by typical cost, or by how soon they end.
import { For, Show } from 'solid-js';
import { ORDERS, type Order } from '../../domain/option-order.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from './results.messages.ts';

export function OrderPicker(props: { order: Order; onOrder: (order: Order) => void }) {
  const m = () => t(resultsMessages);
  return (
    <div class="field order-picker">
      <label for="results-order">{m().orderLabel}</label>
      <select
        id="results-order"
        value={props.order}
        onChange={(e) => props.onOrder(e.currentTarget.value as Order)}
        aria-describedby={props.order === 'fit' ? undefined : 'results-order-note'}
      >
        <For each={ORDERS}>{(order) => <option value={order}>{m()[`order.${order}`]}</option>}</For>
      </select>
      <Show when={props.order !== 'fit'}>
        <p id="results-order-note" class="small muted">
          {m()[`orderNote.${props.order as 'cost' | 'time'}`]}
        </p>
      </Show>
    </div>
  );
}
