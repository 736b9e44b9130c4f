package org.cohesion.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The inline SVG QR code reads back as the join link it encodes. */
class QrCodeTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    @Test
    void theSvgDecodesToTheJoinLink() {
        String url = "http://localhost:8080/join/K7MP3Q";
        assertThat(decode(QrCode.svg(url))).isEqualTo(url);
        String chinese = "https://cohesion.example/join/ABCDEF?来自=长虹";
        assertThat(decode(QrCode.svg(chinese))).isEqualTo(chinese);
    }

    @Test
    void theSvgHoldsNoTextOfTheContent() {
        assertThat(QrCode.svg("http://x/join/\"<script>")).doesNotContain("script").doesNotContain("join");
    }

    /** Draws the SVG's modules (4 pixels each) and reads the QR code with ZXing's reader. */
    static String decode(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        int scale = 4;
        int[] pixels = new int[width * scale * height * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * width * scale + x * scale + dx] = 0;
                    }
                }
            }
        }
        try {
            var source = new RGBLuminanceSource(width * scale, height * scale, pixels);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"))
                    .getText();
        } catch (Exception e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }
}
