package de.bmas.microsite;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelTest {

    @Test
    void keepsTheOrderOfTheList() {
        List<Integer> numbers = IntStream.range(0, 10_000).boxed().toList();
        assertThat(Parallel.map(numbers, number -> number * 2))
                .isEqualTo(numbers.stream().map(number -> number * 2).toList());
    }

    /** In the executable jar only the caller's class loader finds the templates; the common pool's would not. */
    @Test
    void runsWithTheCallersClassLoader() throws Exception {
        Thread caller = Thread.currentThread();
        ClassLoader original = caller.getContextClassLoader();
        try (URLClassLoader jarLike = new URLClassLoader(new URL[0], original)) {
            caller.setContextClassLoader(jarLike);
            List<ClassLoader> seen = Parallel.map(IntStream.range(0, 1_000).boxed().toList(),
                    number -> Thread.currentThread().getContextClassLoader());
            assertThat(seen).containsOnly(jarLike);
        } finally {
            caller.setContextClassLoader(original);
        }
    }
}
