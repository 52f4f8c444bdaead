package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.khabar.archive.search.Query;
import org.khabar.server.dto.SearchResponse;

class SearchCacheTest {

  private static final long LONG = 60_000_000_000L;

  private static SearchResponse answer(int n) {
    return new SearchResponse(
        new SearchResponse.QueryEcho("q" + n, List.of(), null, null, 10),
        n,
        List.of(),
        new SearchResponse.Facets(List.of(), List.of(), List.of(), List.of()),
        List.of(),
        List.of());
  }

  private final AtomicInteger computed = new AtomicInteger();

  private SearchResponse ask(SearchCache c, String q) {
    return c.get(Query.of(q), () -> answer(computed.incrementAndGet()));
  }

  @Nested
  class Reuse {
    @Test
    void theSameQueryIsAnsweredOnce() {
      SearchCache c = new SearchCache(4, LONG);
      SearchResponse first = ask(c, "खरगे");
      assertThat(ask(c, "खरगे")).isSameAs(first);
      assertThat(computed).hasValue(1);
    }

    @Test
    void otherFiltersAreAnotherQuery() {
      SearchCache c = new SearchCache(4, LONG);
      c.get(Query.of("खरगे"), () -> answer(computed.incrementAndGet()));
      c.get(Query.of("खरगे").withEntity("kb:bihar"), () -> answer(computed.incrementAndGet()));
      assertThat(computed).hasValue(2);
    }
  }

  @Nested
  class Forgetting {
    @Test
    void aWriteDropsEveryAnswer() {
      SearchCache c = new SearchCache(4, LONG);
      ask(c, "खरगे");
      c.invalidate();
      ask(c, "खरगे");
      assertThat(computed).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
      SearchCache c = new SearchCache(2, LONG);
      ask(c, "a");
      ask(c, "b");
      ask(c, "a"); // a is now the most recent
      ask(c, "c"); // evicts b
      ask(c, "a");
      assertThat(computed).hasValue(3);
      ask(c, "b");
      assertThat(computed).hasValue(4);
    }

    @Test
    void oldAnswersAreNotUsed() {
      SearchCache c = new SearchCache(4, 0);
      ask(c, "a");
      ask(c, "a");
      assertThat(computed).hasValue(2);
    }

    @Test
    void sizeZeroKeepsNothing() {
      SearchCache c = new SearchCache(0, LONG);
      ask(c, "a");
      ask(c, "a");
      assertThat(computed).hasValue(2);
    }
  }
}
