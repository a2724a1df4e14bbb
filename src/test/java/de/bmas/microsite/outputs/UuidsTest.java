package de.bmas.microsite.outputs;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UuidsTest {

    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesTheReferenceImplementation() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        assertThat(Uuids.v5(DNS_NAMESPACE, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void isAVersion5UuidThatDependsOnlyOnTheName() {
        UUID id = Uuids.v5(Uuids.URL_NAMESPACE, "https://example.org/sessions/ki-diy-style");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Uuids.v5(Uuids.URL_NAMESPACE, "https://example.org/sessions/ki-diy-style")).isEqualTo(id);
        assertThat(Uuids.v5(Uuids.URL_NAMESPACE, "https://example.org/sessions/eroeffnung")).isNotEqualTo(id);
    }
}
