import { nt as require_jsx_runtime, t as mountPage } from "./theme-BvcuBw3J.js";
import { t as PopupApp } from "./popup-CwNFXqYj.js";
// entrypoints/popup/main.tsx
var import_jsx_runtime = require_jsx_runtime();
mountPage(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(PopupApp, {}));
