package org.pathway.portfolio.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a {@link Sheet} out on US Letter pages with PDFBox: wrapped lines, a page break wherever the next line does not
 * fit, and "page i of n" footers. It uses the standard Helvetica fonts, which every reader has, so nothing is embedded;
 * a character those fonts cannot encode prints as '?' instead of failing the whole export.
 */
final class PdfRenderer {

    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 54;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float INDENT = 14;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    private PDDocument document;
    private PDPageContentStream content;
    private float y;

    private PdfRenderer() {
    }

    static byte[] render(Sheet sheet, String author, String footer) {
        try {
            return new PdfRenderer().write(sheet, author, footer);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + sheet.title(), e);
        }
    }

    private byte[] write(Sheet sheet, String author, String footer) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(sheet.title() + (author == null ? "" : " - " + author));
            info.setAuthor(author);
            info.setCreator("Pathway");
            newPage();
            paragraph(sheet.title(), bold, 18, 0, 6);
            for (String line : sheet.header()) {
                paragraph(line, regular, 10, 0, 1);
            }
            for (Sheet.Section section : sheet.sections()) {
                section(section);
            }
            content.close();
            footers(footer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } finally {
            document = null;
            content = null;
        }
    }

    private void section(Sheet.Section section) throws IOException {
        ensureRoom(40);
        y -= 10;
        paragraph(section.heading(), bold, 13, 0, 2);
        content.setLineWidth(0.6f);
        content.moveTo(MARGIN, y + 2);
        content.lineTo(MARGIN + WIDTH, y + 2);
        content.stroke();
        y -= 6;
        if (section.summary() != null) {
            paragraph(section.summary(), italic, 9.5f, 0, 3);
        }
        if (section.entries().isEmpty()) {
            paragraph("None recorded.", italic, 10, 0, 2);
        }
        for (Sheet.Entry entry : section.entries()) {
            paragraph(entry.text(), regular, 10.5f, 0, 1);
            for (String detail : entry.details()) {
                paragraph(detail, regular, 9, INDENT, 0);
            }
            y -= 4;
        }
    }

    /** Wrapped text; {@code after} is extra space below it. */
    private void paragraph(String text, PDType1Font font, float size, float indent, float after) throws IOException {
        float leading = size * 1.3f;
        for (String line : wrap(printable(font, text), font, size, WIDTH - indent)) {
            ensureRoom(leading);
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(line);
            content.endText();
        }
        y -= after;
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
            // a single word wider than the line (a long DOI or URL) is cut where it must be
            while (width(font, size, line.toString()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(font, size, line.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = new StringBuilder(line.substring(cut));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** One line of text the font can show: whitespace flattened, unencodable characters replaced. */
    private String printable(PDType1Font font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (Character.isWhitespace(c)) {
                printable.append(' ');
            } else {
                printable.append(encodable.computeIfAbsent(c, ch -> canEncode(font, ch)) ? c : '?');
            }
        }
        return printable.toString();
    }

    private static boolean canEncode(PDType1Font font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void ensureRoom(float needed) throws IOException {
        if (y - needed < MARGIN + 20) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void footers(String footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setFont(regular, 8);
                stream.newLineAtOffset(MARGIN, MARGIN - 20);
                stream.showText(printable(regular, footer + " - page " + (i + 1) + " of " + pages));
                stream.endText();
            }
        }
    }
}
