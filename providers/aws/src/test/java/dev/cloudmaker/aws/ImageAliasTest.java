package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ec2.model.Image;

class ImageAliasTest {
    @Test
    void distributionNamesBecomeTheOfficialPublishersQueries() {
        assertThat(ImageAlias.of("debian-12")).hasValueSatisfying(a -> {
            assertThat(a.owner()).isEqualTo("136693071363");
            assertThat(a.namePattern()).isEqualTo("debian-12-amd64-*");
        });
        assertThat(ImageAlias.of("ubuntu-24.04")).hasValueSatisfying(a -> {
            assertThat(a.owner()).isEqualTo("099720109477");
            assertThat(a.namePattern()).isEqualTo("ubuntu/images/*/ubuntu-*-24.04-amd64-server-*");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ami-0abc1234", "my-golden-image", "debian", "ubuntu-24", "debian-12-arm64"})
    void otherImagesAreNoAlias(String image) {
        assertThat(ImageAlias.of(image)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    /** Whatever order DescribeImages gives, the newest available image wins; a newer pending or failed one does not. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theNewestAvailableImageWinsInAnyOrder(long seed) {
        Random random = new Random(seed);
        List<Image> images = new ArrayList<>();
        Instant newest = Instant.parse("2026-06-01T10:00:00Z");
        images.add(image("ami-newest", "debian-12-amd64-20260601-1000", newest, "available"));
        images.add(image("ami-pending", "debian-12-amd64-20260701-1000", newest.plusSeconds(86_400 * 30), "pending"));
        for (int i = 0; i < 10; i++) {
            Instant older = newest.minusSeconds(1 + random.nextInt(10_000_000));
            images.add(image("ami-old" + i, "debian-12-amd64-old" + i, older, "available"));
        }
        Collections.shuffle(images, random);
        assertThat(ImageAlias.newest(images)).map(Image::imageId).hasValue("ami-newest");
    }

    @Test
    void noAvailableImageIsNone() {
        assertThat(ImageAlias.newest(List.of(image("ami-1", "x", Instant.EPOCH, "failed")))).isEmpty();
    }

    private static Image image(String id, String name, Instant created, String state) {
        return Image.builder().imageId(id).name(name).creationDate(created.toString()).state(state).build();
    }
}
