package de.bmas.microsite;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a list on all cores and keeps its order, so results do not depend on scheduling. Not the common pool:
 * its threads have the system class loader, which cannot see the classes and templates inside the executable
 * jar; these threads get the caller's.
 */
public final class Parallel {

    private Parallel() {
    }

    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        if (items.size() < 2) {
            return items.stream().<R>map(function).toList();
        }
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), forkJoinPool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
            thread.setContextClassLoader(classLoader);
            return thread;
        }, null, false);
        try {
            return pool.submit(() -> items.parallelStream().<R>map(function).toList()).join();
        } finally {
            pool.shutdown();
        }
    }

    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return item;
        });
    }
}
