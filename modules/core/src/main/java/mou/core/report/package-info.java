/**
 * The assembled report document that {@link mou.core.spi.ReportFormat}s render: sections of
 * typed blocks (paragraphs, progress tables, charts, figures, timelines, notices), already in
 * the report's language; plus the report labels, the builders that working-group plugins
 * share to write their chapters, and the buffer that formats writing UTF-8 bytes share
 * ({@link mou.core.report.Utf8Buffer}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package mou.core.report;
