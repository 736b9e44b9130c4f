package org.cohesion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Demo site drawings: real PNGs of the documented size, the same for the same seed, different otherwise. */
class SiteDrawingGeneratorTest {

    @Test
    void generatesAPngOfTheDocumentedSize() throws IOException {
        byte[] png = SiteDrawingGenerator.generate("Changhong pocket park");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SiteDrawingGenerator.WIDTH).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(SiteDrawingGenerator.HEIGHT).isEqualTo(1000);
        assertThat(png.length).isBetween(10_000, 2_000_000);
    }

    @Test
    void theSeedDecidesTheLayout() {
        assertThat(SiteDrawingGenerator.generate("a")).isEqualTo(SiteDrawingGenerator.generate("a"));
        assertThat(SiteDrawingGenerator.generate("a")).isNotEqualTo(SiteDrawingGenerator.generate("b"));
        assertThat(SiteDrawingGenerator.generate(null)).isNotEmpty();
    }
}
