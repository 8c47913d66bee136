package org.dragoman.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways wire copy names its agency and its sources in the lead. */
class LeadAttributionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Leaders met in Dushanbe, Kazinform News Agency cites Akorda.                   | Kazinform   | Akorda
          Leaders met in Dushanbe, Kazinform cites Akorda.                               | Kazinform   | Akorda
          The talks ended, Trend reports citing the press service of the Foreign Ministry. | Trend     | Foreign Ministry
          The talks ended, Xinhua reported, citing the Ministry of Foreign Affairs.      | Xinhua      | Ministry of Foreign Affairs
          The summit opened in Bishkek, AKIpress reports.                               | AKIpress    | -
          Kabar News Agency reports that Japarov arrived in Astana.                     | Kabar       | -
          Kabar correspondent reports, citing the Kyrgyz Foreign Ministry, that talks began. | Kabar    | Kyrgyz Foreign Ministry
          ASTANA. KAZINFORM – The President signed the law.                             | KAZINFORM   | -
          According to Akorda, the visit was a success.                                 | -           | Akorda
          The visit was a success, according to the Kremlin press service.               | -           | Kremlin
          The visit was a success, TASS cites Akorda and the Kremlin press service.     | TASS        | Akorda;Kremlin
          Tokayev met Rahmon in Dushanbe.                                               | -           | -
          The figures rose, according to the data we have.                              | -           | -
          """)
  void findsTheAgencyAndTheCitedSources(String lead, String source, String cited) {
    LeadAttribution attribution = LeadAttribution.of(lead);

    assertThat(attribution.source()).isEqualTo(source);
    assertThat(attribution.citedSources())
        .isEqualTo(cited == null ? List.of() : List.of(cited.split(";")));
  }
}
