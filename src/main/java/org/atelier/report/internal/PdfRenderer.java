package org.atelier.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML) in the reader's language and lays it out as
 * PDF with openhtmltopdf. Inline SVG is drawn by its Batik module. The text is set in Liberation
 * Sans, which PDFBox ships under the SIL Open Font License (see the LICENSE file in its jar);
 * embedded as a subset, it carries the accented letters of Dutch and Spanish.
 */
@Component
public class PdfRenderer {

	/** The font family the print templates name. */
	public static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		// the renderer reports every step at INFO on its own console handler; keep only its warnings
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	public byte[] render(String template, Locale locale, Map<String, Object> variables) {
		Context context = new Context(locale, variables);
		context.setVariable("svg", new SvgBars());
		String xhtml = templates.process(template, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(PdfRenderer::font, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		return Objects.requireNonNull(PdfRenderer.class.getResourceAsStream(FONT), "the font of the printed report");
	}
}
