package be.thorpark.ledger.command.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small but valid evidence documents for the demo campus: a one-page PDF that states what it is,
 * and a PNG (a payment confirmation's bar pattern). Made in code so the demo needs no files;
 * deterministic, so the same text always gives the same SHA-256.
 */
final class DemoDocuments {

    private DemoDocuments() {}

    /**
     * A one-page A4 PDF with the lines in Helvetica; text outside ASCII is written without its
     * accents.
     */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 11 Tf 56 780 Td 16 TL");
        for (String line : lines) {
            text.append(" (").append(escape(line)).append(") Tj T*");
        }
        text.append(" ET");
        byte[] content = text.toString().getBytes(StandardCharsets.US_ASCII);
        List<String> objects =
                List.of(
                        "<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font"
                                + " << /F1 4 0 R >> >> /Contents 5 0 R >>",
                        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                        "<< /Length "
                                + content.length
                                + " >>\nstream\n"
                                + new String(content, StandardCharsets.US_ASCII)
                                + "\nendstream");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table =
                new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /**
     * A 64 x 16 grey-scale PNG whose bars come from the text, so each confirmation has bytes of its
     * own.
     */
    static byte[] png(String text) {
        int width = 64;
        int height = 16;
        byte[] seed = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                raw.write(
                        seed.length == 0
                                ? 0xff
                                : (seed[x % seed.length] & 0x01) == 0 ? 0x20 : 0xf0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(out, "tEXt", ("Comment\0" + ascii(text)).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "IDAT", deflate(raw.toByteArray()));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static String escape(String line) {
        return ascii(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("[^\\x20-\\x7e]", "");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
