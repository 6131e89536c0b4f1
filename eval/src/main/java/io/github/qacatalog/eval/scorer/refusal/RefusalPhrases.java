package io.github.qacatalog.eval.scorer.refusal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrasings {@link RefusalDetector} recognises, apart from its logic: what a refusal says, and
 * the words around it that turn it into a hedge. Every pattern is matched against the normalised
 * text (see {@link RefusalDetector}).
 */
final class RefusalPhrases {
  private RefusalPhrases() {}

  static final String NOT = "(?:not|never)";

  /** A mention of the context the model was given. */
  static final String CONTEXT =
      "(?:(?:the|this|that|your|my|any|these|those)\\s+)?"
          + "(?:(?:(?:provided|given|supplied|above|attached|available|shared|reference|background|"
          + "following|included|relevant)\\s+)?(?:context|ctx|passages?|excerpts?|snippets?)"
          + "|(?:provided|given|supplied|above|attached|available|shared|reference|following|"
          + "included)\\s+(?:texts?|information|documents?|documentation|materials?|sources?|data|"
          + "files?|content|knowledge\\s+base|notes?)"
          + "|(?:context|texts?|information|documents?|documentation|materials?|sources?|data|"
          + "content)\\s+"
          + "(?:provided|given|supplied|(?:that\\s+)?(?:you|i)\\s+(?:have\\s+|was\\s+|were\\s+)?"
          + "(?:provided|given|shared|gave(?:\\s+me)?|sent(?:\\s+me)?)))";

  static final String SAID =
      "(?:available|present|included|provided|found|given|stated|specified|mentioned|contained|"
          + "covered|listed|described|disclosed|addressed|discussed|documented|detailed|"
          + "referenced|explained|indicated|shown|recorded|known|answered|identified|revealed|"
          + "named|clear|there)";

  static final String SAY_VERB =
      "(?:mention|say|specify|include|contain|provide|state|describe|cover|discuss|address|give|"
          + "list|tell|indicate|offer|detail|reference|answer|explain|reveal|name|identify|disclose|"
          + "talk|touch|specifically|explicitly|directly|clearly|have|hold|show|contain|document)";

  static final String INFO =
      "(?:information|info|details?|mention|data|records?|indication|reference|answer|specifics|"
          + "knowledge|evidence|facts?)";

  static final String CANNOT =
      "(?:cannot|could\\s+not|am\\s+unable\\s+to|was\\s+unable\\s+to|am\\s+not\\s+able\\s+to|"
          + "was\\s+not\\s+able\\s+to|do\\s+not|did\\s+not|will\\s+not|would\\s+not|unfortunately\\s+cannot)";

  static final List<Pattern> STANDARD =
      List.of(
          // ... is not mentioned / available / ... in the context
          Pattern.compile(
              "\\b" + NOT + "\\s+(?:\\w+\\s+){0,2}?" + SAID + "\\b[^.!?\\n]{0,100}?\\b"
                  + "(?:in|within|from|by|inside|anywhere\\s+in|on|based\\s+on|according\\s+to)\\s+"
                  + CONTEXT + "\\b"),
          // the context does not mention / makes no mention / is silent
          Pattern.compile(
              "\\b" + CONTEXT + "\\s+(?:\\w+\\s+)?(?:does|do|did|cannot|could|can|will)\\s+"
                  + NOT + "\\s+(?:\\w+\\s+)?" + SAY_VERB),
          Pattern.compile(
              "\\b" + CONTEXT + "\\s+(?:\\w+\\s+)?(?:makes?|has|have|contains?|gives?|provides?|"
                  + "offers?|includes?|holds?|says?|mentions?|lacks?)\\s+(?:no|nothing|any)\\b"),
          Pattern.compile("\\b" + CONTEXT + "\\s+(?:is|are|was|were|remains?)\\s+silent\\b"),
          // the context only discusses X; it does not provide Y
          Pattern.compile(
              "\\b" + CONTEXT + "\\b[^.!?\\n]{0,150}?[;,]\\s*(?:but\\s+|and\\s+)?(?:it|they)\\s+"
                  + "(?:does|do|did)\\s+not\\s+(?:\\w+\\s+)?" + SAY_VERB),
          // according to the context, there is no ...
          Pattern.compile(
              "\\b(?:according\\s+to|based\\s+(?:only\\s+)?on|in|from|within)\\s+" + CONTEXT
                  + "\\s*,\\s*(?:there\\s+(?:is|are|was|were)\\s+(?:no|not\\s+any|nothing)\\b|"
                  + "nothing\\s+(?:is|was)\\s+(?:said|mentioned|stated))"),
          // there is no information about X in the context / no information is available
          Pattern.compile(
              "\\b(?:no|not\\s+any|not\\s+enough|insufficient|little\\s+or\\s+no)\\s+(?:\\w+\\s+){0,2}?"
                  + INFO + "\\b[^.!?\\n]{0,150}?\\b(?:in|within|from|inside|on|based\\s+on)\\s+"
                  + CONTEXT + "\\b"),
          Pattern.compile(
              "\\b(?:no|not\\s+any)\\s+(?:\\w+\\s+)?(?:information|info|details?|data|answer)\\s+"
                  + "(?:(?:is|are|was|were)\\s+)?(?:available|provided|given|included|found|"
                  + "specified|mentioned)\\b"),
          Pattern.compile(
              "\\b(?:not\\s+enough|insufficient)\\s+(?:information|context|details?|data)\\s+"
                  + "(?:\\w+\\s+)?to\\s+(?:answer|determine|say|tell|know|provide|identify)\\b"),
          // I cannot find any information / I cannot find that in the context / I cannot answer
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:find|locate|see|identify|determine|provide|"
                  + "give|confirm|verify|say|tell|access|retrieve|discover|spot)\\s+"
                  + "(?:(?:any|the|that|this|such|specific|relevant|more|further|an?|enough|"
                  + "sufficient|requested|exact|specifics?)\\s+){0,3}"
                  + "(?:information|info|answer|details?|mention|reference|data|anything|evidence|"
                  + "specifics)\\b"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:find|locate|see|identify|determine|provide|"
                  + "give|confirm|verify|say|tell|answer|know)\\s+(?:that|this|it|so)\\s*"
                  + "(?:[.!,;]|$|\\s+(?:in|from|within|based|according|with|question|for\\s+sure))"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+(?:\\w+\\s+)?(?:find|locate|see|determine|"
                  + "identify|answer|provide|confirm|tell|say)\\b[^.!?\\n]{0,100}?\\b"
                  + "(?:in|within|from|inside|on|based\\s+on|according\\s+to)\\s+" + CONTEXT + "\\b"),
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?" + CANNOT + "\\s+answer\\s+(?:(?:this|that|the|your)\\s+)?"
                  + "(?:question|query|request)?\\b"),
          Pattern.compile(
              "\\b(?:unable|not\\s+able|impossible)\\s+to\\s+(?:answer|determine|find|locate|say|"
                  + "tell|identify|confirm|provide\\s+(?:an?\\s+|that\\s+|this\\s+|the\\s+)?"
                  + "(?:answer|information|details?))\\b"),
          // I don't have that information / I have no information
          Pattern.compile(
              "\\bi\\s+(?:\\w+\\s+)?(?:do|did)\\s+not\\s+have\\s+(?:\\w+\\s+){0,3}?"
                  + "(?:information|info|details?|data|knowledge|access|answer|context|specifics|"
                  + "records?)\\b"),
          Pattern.compile(
              "\\bi\\s+(?:have|had)\\s+no\\s+(?:\\w+\\s+)?(?:information|info|details?|data|"
                  + "knowledge|access|context|specifics|records?|way\\s+(?:of|to)\\s+know)"),
          // I don't know (based on the context)
          Pattern.compile(
              "\\bi\\s+(?:really\\s+|honestly\\s+|simply\\s+)?do\\s+not\\s+know\\s*"
                  + "(?:[.!,;:]|$|\\s+(?:based|from|according|given|the\\s+answer|that|this|who|what|"
                  + "where|when|which|how|whether|if|for\\s+sure|the|any|of\\s+any))"),
          Pattern.compile("\\bi\\s+am\\s+not\\s+(?:aware|sure)\\s+(?:of|about|what|who|which|where|"
              + "when|whether)\\b[^.!?\\n]{0,100}?\\b(?:in|within|from|based\\s+on)\\s+" + CONTEXT
              + "\\b"),
          Pattern.compile("\\bi\\s+am\\s+not\\s+aware\\s+of\\s+(?:any|that|this|such)\\b"),
          // outside the context / cannot be answered from the context
          Pattern.compile(
              "\\b(?:outside|beyond)\\s+(?:of\\s+)?(?:the\\s+)?(?:scope\\s+of\\s+)?"
                  + "(?:what\\s+(?:is|was)\\s+(?:covered|provided|given|mentioned)\\s+(?:in|by)\\s+)?"
                  + CONTEXT + "\\b"),
          Pattern.compile(
              "\\b(?:cannot|can\\s+not|could\\s+not|can\\s+only\\s+not)\\s+be\\s+(?:answered|"
                  + "determined|found|inferred|deduced|established|known|confirmed|verified|"
                  + "identified|derived)\\s+(?:\\w+\\s+)?(?:from|in|with|using|based\\s+on|by)\\s+"
                  + CONTEXT + "\\b"),
          Pattern.compile("\\b(?:cannot|can\\s+not)\\s+be\\s+answered\\b"),
          Pattern.compile(
              "\\b(?:the\\s+|this\\s+|that\\s+|such\\s+|the\\s+requested\\s+|this\\s+specific\\s+)"
                  + "(?:information|info|answer|details?|data|specifics)\\s+(?:is|are|was|were)\\s+"
                  + "(?:not|unavailable)\\s*(?:(?:currently|publicly|readily)\\s+)?"
                  + "(?:available|provided|given|included|specified|mentioned|stated|present|known)?"
                  + "\\s*(?:[.!;]|$|\\s+(?:to\\s+me|here|in\\s+" + CONTEXT + "))"),
          // the whole response is a short refusal
          Pattern.compile(
              "^\\s*(?:n/?a|unknown|not\\s+available|unavailable|no\\s+information(?:\\s+available)?|"
                  + "no\\s+answer(?:\\s+available)?|not\\s+(?:mentioned|specified|stated|provided|"
                  + "given|found|known)|i\\s+do\\s+not\\s+know|unanswerable|cannot\\s+answer|"
                  + "cannot\\s+be\\s+determined|insufficient\\s+(?:context|information)|"
                  + "no\\s+(?:relevant\\s+)?(?:context|data))\\s*[.!]?\\s*$"));

  /** A contrast after which a claim may follow. */
  static final Pattern CONTRAST =
      Pattern.compile(
          "\\b(?:but|however|although|though|that\\s+said|nevertheless|nonetheless|even\\s+so)\\b");

  /** A guess: an answer that does not come from the context. */
  static final Pattern GUESS =
      Pattern.compile(
          "\\b(?:probably|likely|presumably|perhaps|possibly|maybe|i\\s+(?:would\\s+)?(?:guess|"
              + "assume|believe|think|suspect|imagine|expect)|my\\s+(?:best\\s+)?guess|generally|"
              + "typically|usually|in\\s+general|general\\s+knowledge|common\\s+knowledge|"
              + "publicly\\s+(?:known|available)|as\\s+of\\s+(?:\\d{4}|my|the\\s+latest|today|now)|"
              + "widely\\s+(?:known|reported|believed)|commonly\\s+(?:known|believed)|"
              + "it\\s+is\\s+known\\s+that|from\\s+what\\s+i\\s+know|to\\s+my\\s+knowledge|"
              + "if\\s+i\\s+had\\s+to\\s+guess)\\b");

  /** What may follow a contrast without making a claim: pointers elsewhere, the context's scope. */
  static final Pattern HARMLESS_AFTER_CONTRAST =
      Pattern.compile(
          "^[\\s,:;-]*(?:you\\b|please\\b|if\\s+you\\b|feel\\s+free|let\\s+me\\s+know|"
              + "i\\s+(?:can|could|would|will|am\\s+happy|am\\s+glad|recommend|suggest)\\b|"
              + "it\\s+(?:is\\s+)?(?:not\\s+possible|not\\s+clear|unclear)\\b|"
              + "(?:it|the\\s+context|the\\s+(?:provided|given)\\s+(?:text|context|information|"
              + "documents?|material)|the\\s+text|the\\s+documents?|they)\\s+(?:only\\s+|does\\s+|do\\s+"
              + "|instead\\s+)?(?:mentions?|discuss(?:es)?|describes?|covers?|talks?|says?|states?|"
              + "provides?|focus(?:es)?|contains?|includes?|deals?|refers?|explains?)\\b)");

  /** Words that may stand before a contrast without being a claim. */
  static final Pattern LEAD_IN =
      Pattern.compile(
          "\\b(?:i\\s+am\\s+sorry|i\\s+apologi[sz]e|apologies|sorry|unfortunately|regrettably|"
              + "good\\s+question|great\\s+question|thanks?\\s+(?:you\\s+)?for\\s+(?:asking|the\\s+"
              + "question)|thank\\s+you|i\\s+understand|i\\s+see|i\\s+looked|i\\s+searched|"
              + "i\\s+checked|i\\s+have\\s+(?:looked|searched|checked)|(?:based\\s+on|according\\s+to|"
              + "from|after\\s+reviewing|having\\s+reviewed|in)\\s+" + CONTEXT
              + "|(?:of\\s+course|certainly|sure|well|hmm|ah|oh|ok|okay|yes|hello|hi))\\b");

  static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?\\n]|\\s-+\\s|\u2014");

  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
}
