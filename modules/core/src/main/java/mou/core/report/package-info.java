/**
 * The assembled report document that {@link mou.core.spi.ReportFormat}s render: sections of
 * typed blocks (paragraphs, progress tables, charts, figures, timelines, notices), already in
 * the report's language; plus the report labels, the builders that working-group plugins
 * share to write their chapters, and what the formats share: the buffer of those that write
 * UTF-8 bytes ({@link mou.core.report.Utf8Buffer}) and the rule for which parts of a text are
 * web addresses ({@link mou.core.report.WebAddresses}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package mou.core.report;
