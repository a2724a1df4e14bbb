package de.bmas.microsite.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher polls every 50 ms while a stamp of the sources is cheap, and waits ten times a stamp's CPU time when
 * it is not, so that watching a large folder never takes more than a tenth of a core.
 */
class ContentWatcherPacingTest {

    @ParameterizedTest(name = "{0} ms of CPU per stamp: next poll after {1} ms")
    @CsvSource({"0, 50", "1, 50", "5, 50", "6, 60", "85, 850"})
    void pausesTenTimesAStampsCpuTimeAndAtLeast50Milliseconds(long stampCpuMillis, long pauseMillis) {
        assertThat(ContentWatcher.pauseAfter(stampCpuMillis)).isEqualTo(pauseMillis);
    }
}
