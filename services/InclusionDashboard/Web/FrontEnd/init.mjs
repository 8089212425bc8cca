// GOV.UK Frontend's components enhance themselves where the browser supports them; every page works without this.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();
