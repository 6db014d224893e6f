// @vitest-environment happy-dom
// Results a person reads as results whatever their markup: a name followed by its ESP address with a
// dash or in a block of its own, options of a result list box or of an input's datalist, rows in a
// component's shadow root beside its search box, and rows on a later page of results.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan, buildPlan, type FieldReport } from '../../../lib/autofill';
import { recipientOnly } from './recipient-only';

const timing = { timeoutMs: 3000, settleMs: 40 };

afterEach(() => {
  document.body.innerHTML = '';
});

async function fillRecipient(): Promise<FieldReport> {
  const { report } = await applyPlan(buildPlan(recipientOnly), document, timing);
  return report.fields[0] as FieldReport;
}

function shown(): string {
  return document.getElementById('shown')?.textContent ?? '';
}

/** A plain search box whose button lists `names` (as `render` draws them) after a short delay. */
function searchPage(render: (names: string[]) => string, names: string[]): HTMLElement {
  document.body.innerHTML = `<p>Adresat: <span id="shown">—</span></p>
    <div role="dialog"><label for="q">Nazwa podmiotu</label><input id="q"><button type="button" id="go">Szukaj</button><div id="out"></div></div>`;
  const out = document.getElementById('out') as HTMLElement;
  document.getElementById('go')?.addEventListener('click', () => {
    setTimeout(() => {
      out.innerHTML = render(names);
    }, 50);
  });
  return out;
}

describe('result names followed by an address', () => {
  it('takes "Name – /ESP" and leaves "Name – Departament …" alone', async () => {
    const out = searchPage(
      (names) => `<ul>${names.map((n, i) => `<li data-i="${i}">${n}</li>`).join('')}</ul>`,
      [
        'Ministerstwo Cyfryzacji – Departament Telekomunikacji – /MC/DT',
        'Ministerstwo Cyfryzacji – /MC/SkrytkaESP',
      ],
    );
    out.addEventListener('click', (e) => {
      const li = (e.target as Element).closest('li');
      if (li) (document.getElementById('shown') as HTMLElement).textContent = li.textContent ?? '';
    });
    expect((await fillRecipient()).status).toBe('filled');
    expect(shown()).toBe('Ministerstwo Cyfryzacji – /MC/SkrytkaESP');
  });

  it('takes an upper-case name whose address block follows without a space', async () => {
    const out = searchPage(
      (names) =>
        `<ul>${names.map((n) => `<li role="option">${n.toUpperCase()}<span style="display:block">/MC/X</span></li>`).join('')}</ul>`,
      ['Ministerstwo Cyfryzacji'],
    );
    out.addEventListener('click', (e) => {
      if ((e.target as Element).closest('li'))
        (document.getElementById('shown') as HTMLElement).textContent = 'Ministerstwo Cyfryzacji';
    });
    expect((await fillRecipient()).status).toBe('filled');
  });
});

describe('results as native options', () => {
  it('selects the option of a result list box and presses the list\u2019s own pick button', async () => {
    document.body.innerHTML = `<p>Adresat: <span id="shown">(nie ustawiono)</span></p>
      <div><label for="q">Nazwa podmiotu</label><input id="q"><button type="button" id="go">Szukaj</button>
      <select id="list" size="5" hidden></select><button type="button" id="take">Ustaw adresata</button></div>`;
    const list = document.getElementById('list') as HTMLSelectElement;
    document.getElementById('go')?.addEventListener('click', () => {
      setTimeout(() => {
        list.innerHTML =
          '<option value="dt">Ministerstwo Cyfryzacji – Departament X — ul. Prosta 1 — /MC/DT</option><option value="mc">Ministerstwo Cyfryzacji — ul. Prosta 1 — /MC/SkrytkaESP</option>';
        list.hidden = false;
      }, 50);
    });
    document.getElementById('take')?.addEventListener('click', () => {
      (document.getElementById('shown') as HTMLElement).textContent =
        list.selectedIndex === 1 ? 'Ministerstwo Cyfryzacji (/MC/SkrytkaESP)' : 'Inny';
    });
    expect((await fillRecipient()).status).toBe('filled');
    expect(shown()).toBe('Ministerstwo Cyfryzacji (/MC/SkrytkaESP)');
  });

  it('puts the datalist suggestion carrying the name into its input', async () => {
    document.body.innerHTML = `<label>Adresat <input id="a" list="dl" autocomplete="off"></label><datalist id="dl"></datalist>`;
    const input = document.getElementById('a') as HTMLInputElement;
    let changed = '';
    input.addEventListener('input', () => {
      setTimeout(() => {
        const dl = document.getElementById('dl');
        if (dl)
          dl.innerHTML =
            '<option value="Ministerstwo Cyfryzacji – Biuro (/MC/BDG)"></option><option value="Ministerstwo Cyfryzacji (/MC/SkrytkaESP)"></option>';
      }, 50);
    });
    input.addEventListener('change', () => {
      changed = input.value;
    });
    expect((await fillRecipient()).status).toBe('filled');
    expect(changed).toBe('Ministerstwo Cyfryzacji (/MC/SkrytkaESP)');
  });
});

describe('a type-ahead box under the field\u2019s own name', () => {
  it('types into it and picks from the results listed below as one types', async () => {
    document.body.innerHTML = `<label for="a">Adresat</label><input id="a" autocomplete="off"><div id="out"></div>`;
    const input = document.getElementById('a') as HTMLInputElement;
    let chosen = '';
    input.addEventListener('input', () => {
      setTimeout(() => {
        const out = document.getElementById('out');
        if (!out) return;
        out.innerHTML =
          '<article><h3>Ministerstwo Cyfryzacji</h3><p>ESP: /MC/SkrytkaESP</p><button type="button">Wybierz</button></article>';
        out.querySelector('button')?.addEventListener('click', () => {
          chosen = '/MC/SkrytkaESP';
          out.innerHTML = '<p>Wybrano: Ministerstwo Cyfryzacji</p>';
        });
      }, 50);
    });
    expect((await fillRecipient()).status).toBe('filled');
    expect(chosen).toBe('/MC/SkrytkaESP');
  });
});

describe('results in a component', () => {
  it('reads the rows a component keeps beside its search box in its shadow root', async () => {
    document.body.innerHTML = '<p>Adresat: <span id="shown">—</span></p><x-search></x-search>';
    const root = (document.querySelector('x-search') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML =
      '<style>li{display:flex}</style><label for="q">Wyszukaj adresata</label><div><input id="q" type="search"><button type="button" id="s">Szukaj</button></div><ul id="w"></ul>';
    root.getElementById('s')?.addEventListener('click', () => {
      setTimeout(() => {
        (root.getElementById('w') as HTMLElement).innerHTML =
          '<li><span>Ministerstwo Cyfryzacji</span><button type="button">Wybierz</button></li>';
        root.querySelector('li button')?.addEventListener('click', () => {
          (document.getElementById('shown') as HTMLElement).textContent = 'Ministerstwo Cyfryzacji';
        });
      }, 50);
    });
    expect((await fillRecipient()).status).toBe('filled');
    expect(shown()).toBe('Ministerstwo Cyfryzacji');
  });
});

describe('results on later pages', () => {
  /** Results paged by two, with "Następna ›" and "‹ Poprzednia" buttons. */
  function pagedSearch(names: string[]): void {
    const out = searchPage(() => '', names);
    let page = 0;
    const draw = (): void => {
      const rows = names.slice(page * 2, page * 2 + 2);
      out.innerHTML = `<table><tbody>${rows.map((n) => `<tr><td>${n}</td><td><button type="button" class="pick">Wybierz</button></td></tr>`).join('')}</tbody></table>
        <nav><button type="button" class="prev"${page ? '' : ' disabled'}>‹ Poprzednia</button><button type="button" class="next"${(page + 1) * 2 < names.length ? '' : ' disabled'}>Następna ›</button></nav>`;
      out.querySelector('.prev')?.addEventListener('click', () => {
        page--;
        draw();
      });
      out.querySelector('.next')?.addEventListener('click', () => {
        page++;
        draw();
      });
      for (const b of Array.from(out.querySelectorAll('.pick')))
        b.addEventListener('click', () => {
          (document.getElementById('shown') as HTMLElement).textContent =
            b.closest('tr')?.querySelector('td')?.textContent ?? '';
        });
    };
    document.getElementById('go')?.addEventListener('click', () => setTimeout(draw, 60));
  }

  it('finds the name on page two and picks it there after reading page three', async () => {
    pagedSearch(['Departament A', 'Minister Cyfryzacji', 'Ministerstwo Cyfryzacji', 'Biuro B', 'Urząd C']);
    expect((await fillRecipient()).status).toBe('filled');
    expect(shown()).toBe('Ministerstwo Cyfryzacji');
  });

  it('stops with a question when the name appears on two pages', async () => {
    pagedSearch([
      'Ministerstwo Cyfryzacji, /MC/A',
      'Departament A',
      'Urząd C',
      'Ministerstwo Cyfryzacji, /MC/B',
    ]);
    const field = await fillRecipient();
    expect(field.status).toBe('ambiguous');
    expect(shown()).toBe('—');
  });
});

describe('a select-like autocomplete', () => {
  it('counts the choice it shows beside its emptied input', async () => {
    document.body.innerHTML = `<span id="l">Adresat</span><div class="ctl"><div class="value"><span class="ph">Zacznij pisać…</span><input id="a" role="combobox" aria-labelledby="l" aria-controls="menu"></div></div><div id="menu" role="listbox"></div>`;
    const input = document.getElementById('a') as HTMLInputElement;
    const menu = document.getElementById('menu') as HTMLElement;
    input.addEventListener('input', () => {
      setTimeout(() => {
        menu.innerHTML = '<div role="option">Ministerstwo Cyfryzacji</div>';
        menu.firstElementChild?.addEventListener('click', () => {
          (document.querySelector('.ph') as HTMLElement).textContent = 'Ministerstwo Cyfryzacji';
          input.value = '';
          menu.innerHTML = '';
        });
      }, 50);
    });
    expect((await fillRecipient()).status).toBe('filled');
  });
});

describe('a read-only display of the recipient', () => {
  it('is never typed into as if it were the search box', async () => {
    document.body.innerHTML = `<label for="d">Nazwa adresata</label><input id="d" readonly placeholder="Nie wybrano adresata">`;
    const field = await fillRecipient();
    expect(field.status).toBe('not-found');
    expect((document.getElementById('d') as HTMLInputElement).value).toBe('');
  });
});
