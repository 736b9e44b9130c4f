package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.io.Serializable;

/**
 * The few lines of browser script that draw a {@link PollCard} from its model (JSON): question, meta (with a
 * "Decision poll" badge for decision polls), the vote
 * form (native radio buttons, checkboxes or −/+ dot steppers, all labelled), "you voted", the error line and the
 * results as bars with a table for screen readers. Every text is set with {@code textContent}, never as markup.
 * The dot steppers count in the browser; the vote button sends the choice to the server as a {@code poll-vote}
 * event whose {@code detail} is {@code optionId:dots} pairs separated by commas.
 */
final class PollCardScripts {

    /**
     * Defines the three drawing functions once per page ({@code window.cohesionPollCard}), so that each card's
     * call carries only its model, not the script.
     */
    static final String INSTALL = """
            window.cohesionPollCard = window.cohesionPollCard || {
            render(view, json) {
                const m = JSON.parse(json);
                const el = (tag, cls, text) => {
                  const e = document.createElement(tag);
                  if (cls) e.className = cls;
                  if (text != null) e.textContent = text;
                  return e;
                };
                const number = n => new Intl.NumberFormat(m.lang).format(n);
                view.textContent = '';
                const question = el('h3', 'poll-question', m.q);
                question.id = m.id + '-question';
                const meta = el('div', 'poll-meta');
                const status = el('span', 'poll-status', m.s);
                status.dataset.status = m.st;
                if (m.d) meta.append(el('span', 'poll-decides', m.d));
                meta.append(el('span', 'poll-kind', m.k), el('span', 'poll-audience', m.a), status);
                view.append(question, meta);
                if (m.draft) {
                  const list = el('ul', 'poll-draft-options');
                  for (const label of m.draft) list.append(el('li', null, label));
                  view.append(list);
                }
                if (m.form) {
                  const f = m.form, form = el('div', 'poll-form');
                  let choice;
                  if (f.type === 'dots') {
                    const group = el('div', 'poll-dots');
                    group.setAttribute('role', 'group');
                    group.setAttribute('aria-label', f.legend);
                    const left = el('p', 'poll-dots-left');
                    left.setAttribute('aria-live', 'polite');
                    const rows = [];
                    const refresh = () => {
                      const free = f.dots - rows.reduce((sum, r) => sum + r.n, 0);
                      left.textContent = f.left[Math.max(0, free)];
                      for (const r of rows) {
                        r.plus.disabled = free <= 0;
                        r.minus.disabled = r.n <= 0;
                        r.count.textContent = number(r.n);
                      }
                    };
                    for (const o of f.options) {
                      const r = {id: o.id, n: 0, minus: el('button', 'poll-dot-button', '−'),
                                 plus: el('button', 'poll-dot-button', '+'), count: el('span', 'poll-dot-count')};
                      r.minus.type = r.plus.type = 'button';
                      r.minus.setAttribute('aria-label', o.rm);
                      r.plus.setAttribute('aria-label', o.add);
                      r.minus.addEventListener('click', () => { r.n = Math.max(0, r.n - 1); refresh(); });
                      r.plus.addEventListener('click', () => { r.n++; refresh(); });
                      const row = el('div', 'poll-dot-row');
                      row.append(el('span', 'poll-dot-label', o.l), r.minus, r.count, r.plus);
                      group.append(row);
                      rows.push(r);
                    }
                    refresh();
                    form.append(group, left);
                    choice = () => rows.filter(r => r.n > 0).map(r => r.id + ':' + r.n).join(',');
                  } else {
                    const set = el('fieldset', 'poll-choices');
                    set.append(el('legend', null, f.legend));
                    for (const o of f.options) {
                      const label = el('label', 'poll-choice');
                      const input = document.createElement('input');
                      input.type = f.type === 'single' ? 'radio' : 'checkbox';
                      input.name = m.id + '-choice';
                      input.value = o.id;
                      label.append(input, el('span', null, o.l));
                      set.append(label);
                    }
                    form.append(set);
                    choice = () => [...set.querySelectorAll('input:checked')].map(i => i.value + ':1').join(',');
                  }
                  const vote = el('button', 'poll-vote', f.vote);
                  vote.type = 'button';
                  vote.addEventListener('click', () =>
                      view.dispatchEvent(new CustomEvent('poll-vote', {detail: choice()})));
                  form.append(vote);
                  view.append(form);
                }
                const voted = el('p', 'poll-voted', m.voted);
                voted.hidden = !m.voted;
                const error = el('p', 'poll-error', m.error);
                error.setAttribute('role', 'alert');
                view.append(voted, error);
                if (m.bars) {
                  const b = m.bars, results = el('div', 'poll-results'), bars = el('div', 'poll-bars');
                  bars.setAttribute('aria-hidden', 'true');
                  const table = el('table', 'visually-hidden');
                  table.append(el('caption', null, b.caption));
                  const head = el('tr');
                  for (const h of b.headers) {
                    const th = el('th', null, h);
                    th.scope = 'col';
                    head.append(th);
                  }
                  const thead = el('thead'), body = el('tbody');
                  thead.append(head);
                  table.append(thead, body);
                  for (const r of b.rows) {
                    const bar = el('div', 'poll-bar'), track = el('div', 'poll-bar-track');
                    const fill = el('div', 'poll-bar-fill');
                    fill.style.width = r.w;
                    track.append(fill);
                    bar.append(el('span', 'poll-bar-label', r.l), el('span', 'poll-bar-numbers', r.t), track);
                    bars.append(bar);
                    const tr = el('tr'), th = el('th', null, r.l);
                    th.scope = 'row';
                    tr.append(th, el('td', null, r.c), el('td', null, r.s));
                    body.append(tr);
                  }
                  results.append(bars, el('p', 'poll-total', b.total), table);
                  view.append(results);
                }
            },
            bars(view, json) {
                const b = JSON.parse(json);
                const bars = view.querySelectorAll('.poll-bar'), rows = view.querySelectorAll('tbody tr');
                b.rows.forEach((r, i) => {
                  if (!bars[i] || !rows[i]) return;
                  bars[i].querySelector('.poll-bar-numbers').textContent = r.t;
                  bars[i].querySelector('.poll-bar-fill').style.width = r.w;
                  rows[i].children[1].textContent = r.c;
                  rows[i].children[2].textContent = r.s;
                });
                const total = view.querySelector('.poll-total');
                if (total) total.textContent = b.total;
            },
            error(view, text) {
                const error = view.querySelector('.poll-error');
                if (error) error.textContent = text;
            }
            };""";

    /** $0 the card's view element, $1 the model as JSON. */
    static final String RENDER = "window.cohesionPollCard.render($0, $1)";

    /** $0 the card's view element, $1 the results as JSON: only the numbers and widths change. */
    static final String BARS = "window.cohesionPollCard.bars($0, $1)";

    /** $0 the card's view element, $1 the error text (empty: none); the form and its choices stay as they are. */
    static final String ERROR = "window.cohesionPollCard.error($0, $1)";

    private PollCardScripts() {
    }

    /**
     * Runs one of the calls above on the element, defining the functions first the first time in its UI (one UI
     * is one page load, so the browser page has them from then on).
     */
    static void call(Element element, String call, Serializable... arguments) {
        UI ui = element.getComponent().flatMap(c -> c.getUI()).orElseThrow();
        if (ComponentUtil.getData(ui, PollCardScripts.class) == null) {
            ComponentUtil.setData(ui, PollCardScripts.class, new PollCardScripts());
            element.executeJs(INSTALL);
        }
        element.executeJs(call, arguments);
    }
}
