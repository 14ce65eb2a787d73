// Enhancements only: every page works without this file.
import { initAll as initGovuk } from "/lib/govuk/govuk-frontend.min.js";
import { initAll as initMoj } from "/lib/moj/moj-frontend.min.js";

initGovuk();
initMoj();

// Filter a list as you type: <input data-plo-filter="#list-id"> hides items whose text does not match.
for (const input of document.querySelectorAll("[data-plo-filter]")) {
  const list = document.querySelector(input.dataset.ploFilter);
  if (!list) continue;
  const status = document.getElementById(input.getAttribute("aria-controls") + "-status");
  input.addEventListener("input", () => {
    const words = input.value.trim().toLowerCase();
    let shown = 0;
    for (const item of list.querySelectorAll("[data-plo-filter-item]")) {
      const match = item.textContent.toLowerCase().includes(words);
      item.hidden = !match;
      if (match) shown++;
    }
    if (status) status.textContent = `${shown} shown`;
  });
}

// Radios that reveal more questions: <input type=radio data-plo-reveal="id"> shows #id only while checked.
for (const group of new Set([...document.querySelectorAll("[data-plo-reveal]")].map((r) => r.name))) {
  const radios = [...document.querySelectorAll(`input[type=radio][name="${CSS.escape(group)}"]`)];
  const update = () => {
    for (const radio of radios) {
      const target = radio.dataset.ploReveal && document.getElementById(radio.dataset.ploReveal);
      if (target) target.hidden = !radio.checked;
    }
  };
  radios.forEach((radio) => radio.addEventListener("change", update));
  update();
}
