package org.dragoman.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Wraps a collector manager and counts the documents handed to its collectors: how much of the
 * index a search really looked at. Skipping (competitive iterators) and early termination pass
 * through untouched.
 */
final class CountingCollectorManager<C extends Collector, T>
    implements CollectorManager<Collector, T> {

  private final CollectorManager<C, T> inner;
  private final List<C> collectors = new ArrayList<>();
  private final AtomicLong visited = new AtomicLong();

  CountingCollectorManager(CollectorManager<C, T> inner) {
    this.inner = inner;
  }

  long visited() {
    return visited.get();
  }

  @Override
  public Collector newCollector() throws IOException {
    C collector = inner.newCollector();
    synchronized (collectors) {
      collectors.add(collector);
    }
    return new Collector() {
      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector leaf = collector.getLeafCollector(context);
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) throws IOException {
            leaf.setScorer(scorer);
          }

          @Override
          public void collect(int doc) throws IOException {
            visited.incrementAndGet();
            leaf.collect(doc);
          }

          @Override
          public DocIdSetIterator competitiveIterator() throws IOException {
            return leaf.competitiveIterator();
          }

          @Override
          public void finish() throws IOException {
            leaf.finish();
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return collector.scoreMode();
      }
    };
  }

  @Override
  public T reduce(Collection<Collector> ignored) throws IOException {
    return inner.reduce(collectors);
  }
}
