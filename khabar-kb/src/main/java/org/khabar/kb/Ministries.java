package org.khabar.kb;

import java.util.ArrayList;
import java.util.List;

/** Union ministries made from the portfolio list: "स्वास्थ्य मंत्रालय", "केंद्रीय गृह मंत्रालय". */
final class Ministries {

  private Ministries() {}

  static List<Organisation> fromPortfolios(List<Portfolio> portfolios) {
    List<Organisation> out = new ArrayList<>();
    for (Portfolio p : portfolios) {
      if (p.ministry() == null) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      for (String h : p.hindi()) {
        aliases.add(h + " मंत्रालय");
        aliases.add("केंद्रीय " + h + " मंत्रालय");
        if (!h.contains(" ")) {
          aliases.add(h + "मंत्रालय");
        }
      }
      aliases.add(p.ministerTitle().replaceFirst("Minister$", "Ministry"));
      String name = aliases.remove(0);
      out.add(
          new Organisation(
              "org:" + p.slug() + "-mantralaya",
              name,
              p.ministry(),
              aliases,
              List.of(),
              Organisation.OrgKind.MINISTRY,
              "place:india",
              null,
              "portfolios"));
    }
    return out;
  }
}
