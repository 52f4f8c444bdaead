package org.khabar.archive;

import java.time.LocalDate;
import org.khabar.model.Article;
import org.khabar.model.Origin;

/** Hindi test stories written for the archive tests (not taken from any corpus). */
final class Stories {
  private Stories() {}

  static Article article(String id, String date, String headline, String body) {
    return new Article(
        id, date == null ? null : LocalDate.parse(date), headline, body, new Origin("test", 0));
  }

  static final Article KHARGE_MEETING =
      article(
          "kharge-meeting",
          "2024-03-01",
          "खरगे ने पटना में महागठबंधन की बैठक बुलाई",
          "कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे ने पटना में महागठबंधन के नेताओं की बैठक बुलाई है।"
              + " बैठक में राजद नेता तेजस्वी यादव भी शामिल होंगे और सीटों के बंटवारे पर चर्चा होगी।"
              + " खरगे ने कहा कि सीटों के बंटवारे पर अगले हफ्ते तक फैसला हो जाएगा।"
              + " कांग्रेस के प्रदेश नेताओं ने भी इस बैठक का स्वागत किया है।");

  /** The same story as another paper ran it: a new headline, a sentence cut, two words changed. */
  static final Article KHARGE_MEETING_SYNDICATED =
      article(
          "kharge-meeting-syndicated",
          "2024-03-01",
          "पटना में महागठबंधन की बैठक, खरगे होंगे शामिल",
          "कांग्रेस अध्यक्ष मल्लिकार्जुन खरगे ने पटना में महागठबंधन के नेताओं की अहम बैठक बुलाई है।"
              + " बैठक में राजद नेता तेजस्वी यादव भी शामिल होंगे और सीटों के बंटवारे पर चर्चा होगी।"
              + " खरगे ने कहा कि सीटों के बंटवारे पर अगले सप्ताह तक फैसला हो जाएगा।");

  static final Article TEJASHWI_MEETS_RAHUL =
      article(
          "tejashwi-rahul",
          "2024-03-05",
          "तेजस्वी यादव ने दिल्ली में राहुल गांधी से मुलाकात की",
          "बिहार के पूर्व उपमुख्यमंत्री तेजस्वी यादव ने दिल्ली में राहुल गांधी से मुलाकात की।"
              + " तेजस्वी ने कहा कि महागठबंधन पूरी तरह एकजुट है और चुनाव मिलकर लड़ेगा।"
              + " राहुल गांधी ने कहा कि बिहार में भाजपा को हराना सबसे जरूरी काम है।");

  /** The same text under another id, with a zero-width joiner and a no-break space added. */
  static final Article TEJASHWI_MEETS_RAHUL_COPY =
      article(
          "tejashwi-rahul-copy",
          "2024-03-05",
          "तेजस्वी यादव ने दिल्ली में राहुल गांधी से मुलाकात की",
          "बिहार के पूर्व उपमुख्यमंत्री तेजस्वी यादव ने दिल्ली में राहुल\u200D गांधी से मुलाकात की।"
              + "\u00A0तेजस्वी ने कहा कि महागठबंधन पूरी तरह एकजुट है और चुनाव मिलकर लड़ेगा।"
              + " राहुल गांधी ने कहा कि बिहार में भाजपा को हराना सबसे जरूरी काम है।");

  static final Article NITISH_GOVERNMENT =
      article(
          "nitish-government",
          "2024-04-10",
          "नीतीश कुमार ने भाजपा के साथ नई सरकार बनाई",
          "बिहार के मुख्यमंत्री नीतीश कुमार ने भाजपा के साथ मिलकर नई सरकार बनाई।"
              + " राजद ने इस फैसले की कड़ी आलोचना की है।"
              + " तेजस्वी यादव ने कहा कि जनता इस विश्वासघात का जवाब चुनाव में देगी।");

  /** A variant spelling of खरगे (खड़गे), as some papers write it. */
  static final Article KHARGE_VARIANT_SPELLING =
      article(
          "kharge-variant",
          "2024-05-02",
          "खड़गे का केंद्र पर हमला",
          "कांग्रेस अध्यक्ष खड़गे ने महंगाई और बेरोजगारी पर केंद्र सरकार को घेरा।"
              + " खड़गे ने कहा कि युवाओं को रोजगार देने का वादा अधूरा रह गया है।");

  /** Has करेगा, whose skeleton (krg) must not be confused with kharge (khrg). */
  static final Article RAIN =
      article(
          "patna-rain",
          "2024-06-20",
          "पटना में भारी बारिश से जलभराव",
          "पटना में सोमवार को हुई भारी बारिश से कई मोहल्लों में पानी भर गया।"
              + " नगर निगम ने कहा कि पानी निकालने का काम रात भर चलेगा और विभाग सड़कों की मरम्मत करेगा।"
              + " मौसम विभाग ने अगले दो दिन और बारिश की चेतावनी दी है।");

  /** "बैठक" appears only inflected (बैठकों), to rank below exact hits. */
  static final Article MEETINGS_PLURAL =
      article(
          "meetings-plural",
          "2024-02-15",
          "चुनाव से पहले दलों की तैयारियां तेज",
          "चुनाव से पहले सभी दलों ने जिलों में कार्यकर्ताओं की बैठकों का सिलसिला शुरू कर दिया है।"
              + " प्रत्याशियों के नाम पर भी मंथन चल रहा है।");
}
