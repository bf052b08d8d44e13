/**
 * The assembled report document that {@link mou.core.spi.ReportFormat}s render: sections of
 * typed blocks (paragraphs, progress tables, charts, figures, timelines, notices), already in
 * the report's language; plus the report labels and the builders that working-group plugins
 * share to write their chapters. What only the formats share (writing UTF-8 bytes, finding web
 * addresses) is in the format-support bundle, not in this API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.8.0")
package mou.core.report;
