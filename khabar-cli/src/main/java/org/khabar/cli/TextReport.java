package org.khabar.cli;

import java.util.Locale;
import org.khabar.model.CharSpan;
import org.khabar.model.Document;
import org.khabar.model.Entity;
import org.khabar.model.Event;
import org.khabar.model.EventArgument;
import org.khabar.model.Mention;
import org.khabar.model.Provenance;
import org.khabar.model.Quote;
import org.khabar.model.Role;
import org.khabar.model.Sentence;
import org.khabar.model.SummarySentence;
import org.khabar.model.Token;

/** A readable plain-text report of one analysed article, for {@code analyze --format text}. */
final class TextReport {

  private static final int CLIP = 160;

  private TextReport() {}

  static String render(Document d, boolean tokens) {
    StringBuilder sb = new StringBuilder(4096);
    String text = d.text();
    sb.append("══ ").append(d.id());
    if (d.article().date() != null) {
      sb.append("  ").append(d.article().date());
    }
    sb.append("  (").append(d.article().origin()).append(")\n");
    if (!d.article().headline().isEmpty()) {
      sb.append(d.article().headline()).append('\n');
    }

    if (!d.summary().isEmpty()) {
      sb.append("\nSummary\n");
      for (SummarySentence s : d.summary()) {
        sb.append("  • ").append(oneLine(s.span().in(text))).append('\n');
      }
    }

    if (!d.entities().isEmpty()) {
      sb.append("\nEntities (").append(d.entities().size()).append(")\n");
      for (Entity e : d.entities()) {
        sb.append(String.format(Locale.ROOT, "  %-3s %-6s %s", e.id(), e.type(), e.name()));
        if (!e.latin().isEmpty()) {
          sb.append(" (").append(e.latin()).append(')');
        }
        sb.append(e.kbId() == null ? "  [new]" : "  [" + e.kbId() + "]");
        sb.append("  ×").append(e.mentions().size());
        StringBuilder forms = new StringBuilder();
        for (Mention m : e.mentions()) {
          if (forms.indexOf("«" + m.text() + "»") < 0) {
            forms.append(forms.isEmpty() ? "" : " ").append('«').append(m.text()).append('»');
          }
        }
        sb.append("  ").append(forms).append('\n');
      }
    }

    if (!d.roles().isEmpty()) {
      sb.append("\nPosts\n");
      for (Role r : d.roles()) {
        sb.append("  ").append(name(d, r.personId())).append(" — ");
        if (r.former()) {
          sb.append("former ");
        }
        sb.append(r.post());
        if (r.orgId() != null) {
          sb.append(", ").append(name(d, r.orgId()));
        }
        if (r.placeId() != null) {
          sb.append(", ").append(name(d, r.placeId()));
        }
        sb.append("\n      «").append(oneLine(r.evidence().in(text))).append("» ");
        sb.append(why(r.evidence(), r.provenance())).append('\n');
      }
    }

    if (!d.quotes().isEmpty()) {
      sb.append("\nQuotes\n");
      for (Quote q : d.quotes()) {
        sb.append("  ");
        sb.append(q.speakerId() != null ? name(d, q.speakerId()) : "(" + q.speakerText() + ")");
        sb.append(" [").append(q.speakerKind()).append(q.direct() ? ", direct" : "").append("] ");
        sb.append(q.cue().in(text)).append(": ");
        sb.append('«').append(clip(q.content().in(text))).append("» ");
        sb.append(why(q.content(), q.provenance())).append('\n');
      }
    }

    if (!d.events().isEmpty()) {
      sb.append("\nEvents\n");
      for (Event e : d.events()) {
        sb.append("  ").append(e.type());
        if (e.date() != null) {
          sb.append(' ').append(e.date());
        }
        sb.append(':');
        for (EventArgument a : e.arguments()) {
          sb.append(' ').append(a.role()).append('=');
          sb.append(a.entityId() != null ? name(d, a.entityId()) : clip(a.text()));
          sb.append(';');
        }
        sb.append("\n      «").append(clip(e.evidence().in(text))).append("» ");
        sb.append(why(e.evidence(), e.provenance())).append('\n');
      }
    }

    sb.append("\nSentences (").append(d.sentences().size()).append(")\n");
    for (Sentence s : d.sentences()) {
      sb.append(
          String.format(
              Locale.ROOT, "  s%d %s %s%n", s.index(), s.span(), clip(s.span().in(text))));
      if (tokens) {
        StringBuilder line = new StringBuilder("      ");
        for (Token t : d.tokensOf(s)) {
          line.append(t.span().in(text)).append(t.span()).append(' ');
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
    }
    sb.append('\n');
    return sb.toString();
  }

  private static String name(Document d, String entityId) {
    Entity e = d.entity(entityId);
    return e == null ? entityId : e.name();
  }

  private static String why(CharSpan span, Provenance p) {
    return String.format(Locale.ROOT, "%s %s/%s %.2f", span, p.stage(), p.rule(), p.confidence());
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').strip();
  }

  private static String clip(String s) {
    String one = oneLine(s);
    return one.length() <= CLIP ? one : one.substring(0, CLIP - 1) + "…";
  }
}
