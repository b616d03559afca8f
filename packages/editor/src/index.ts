/**
 * `@kommune-widgets/editor`: the web editors' page, shipped as `dist/cdn/editor/`. Importing it registers the page's
 * translations and defines its elements; the page is `<kw-editor-app>`.
 */
import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { CheckReport } from './check-report.js';
import { DocumentSource } from './document-source.js';
import { EditorApp } from './editor-app.js';
import { AccessibilityStatementView } from './accessibility-statement-view.js';
import { SnippetView } from './snippet-view.js';
import { StarterView } from './starter-view.js';
import { WidgetPreview } from './widget-preview.js';
import { translations } from './translations.js';

registerTranslations(translations);

defineElement('kw-editor-app', EditorApp);
defineElement('kw-document-source', DocumentSource);
defineElement('kw-check-report', CheckReport);
defineElement('kw-widget-preview', WidgetPreview);
defineElement('kw-snippet', SnippetView);
defineElement('kw-starter', StarterView);
defineElement('kw-accessibility-statement', AccessibilityStatementView);

export { EditorApp, DocumentSource, CheckReport, WidgetPreview, SnippetView, StarterView, AccessibilityStatementView };
export { accessibilityStatement, WCAG_22_ONLY, type StatementAnswer, type StatementLine } from './accessibility-statement.js';
export { fixHint } from './fix-hints.js';
export { excerptAt, type LineExcerpt } from './line-excerpt.js';
export { coverageOf, type Coverage } from './widget-coverage.js';
export { WIDGET_SECTIONS, type WidgetSection } from './widget-catalog.js';
export type { DocumentText, SourceKind } from './document-source.js';
export { snippetHtml, cspLine, escapeHtml, type SnippetInput, type FallbackLink, type ContactFallback } from './snippet.js';
export { tokenDeclarations, themeDeclarations, type PreviewTheme } from './preview-theme.js';
export { starterDocument, starterProblems, type StarterAnswers, type StarterProblem } from './starter-document.js';
export { optionAttributes, organsOf, type WidgetOptions } from './widget-options.js';
