-- Backchannel seed data: US–Russia (Rubio–Lavrov) contacts of 2025 on the war in Ukraine.
--
-- Rules this migration follows:
--   * Every fact comes from /work/shared/domain-notes.md or the five seed reports, and every row that
--     states a fact cites the report it comes from (source_id): a seed report by its seed_file, any
--     other fact by the URL that domain-notes lists for it.
--   * Dates are stored only at the precision the sources give (DAY / MONTH / UNKNOWN).
--   * No identity value is hard-coded: foreign keys are looked up by slug, seed_file or url.
--     Lookups are scalar subselects, so a mistyped key yields NULL and the insert fails on NOT NULL
--     (except for the nullable source columns of actor_role / event, which are checked by review).
--   * In the lookups below a source is named by its seed_file when it is a seed report and by its url
--     otherwise: (select id from source s where <key> in (s.seed_file, s.url)).
--   * event.search_vector is maintained by the triggers of V2; nothing to do here.

-- =====================================================================================================
-- 1. Sources
-- =====================================================================================================

-- 1a. The five seed reports, each with its full text verbatim (dollar-quoted, no added newline).

insert into source (outlet, title, url, language, published_on, published_precision, agencies, archived_text, seed_file)
values ('Italian news site, English edition (outlet not named in the report; photo credit AndKronos)',
        'Lavrov and Rubio in contact to explore diplomatic solutions, but Russia has not yet accepted the truce proposed by the US',
        null, 'en', null, 'UNKNOWN', null,
        $seed000$Connect with us

Published

on

Lavrov and Rubio in contact to explore diplomatic solutions, but Russia has not yet accepted the truce proposed by the US

The Kremlin has announced that Russia and the US are discussing ‘the next steps’ to end the war in Ukraine, following a phone call between US Secretary of State, Marco Rubio, and Russian Foreign Minister, Sergei Lavrov. In the conversation, the two diplomats reviewed ‘concrete aspects’ of the understandings reached during last month’s bilateral summit.

This statement comes as Kiev’s European allies are pushing for a 30-day unconditional ceasefire, proposed by the US and accepted by Ukraine. However, Moscow has not yet given a clear answer, placing conditions on the proposal. Lavrov and Rubio, according to the Kremlin, agreed to keep the dialogue open, although Russia did not directly mention the truce proposed by the US.

On the US side, State Department spokeswoman Tammy Bruce confirmed that the two diplomats discussed ‘next steps’ for Ukraine, with the intention of re-establishing communication between the US and Russia. Donald Trump, President of the United States, said he was optimistic about the signals coming from the dialogue with Vladimir Putin, but Russia has not yet confirmed its adherence to the truce.

In Ukraine, President Volodymyr Zelensky has formed a delegation, led by Andriy Yermak, to represent Kiev in possible peace talks, but remains sceptical about Putin’s true intentions. The Ukrainian leader has accused Moscow of spreading false information about the situation on the ground, particularly in the Russian Kursk region, the scene of military operations by Ukrainian forces.

THE LATEST NEWS

Here is the text of the Sharm el-Sheikh Declaration for Peace in Gaza

The text of the agreement signed by Trump, al-Sisi, al-Thani and Erdoğan for stability and security in the Gaza Strip...
Read More
Here is the text of the Sharm el-Sheikh Declaration for Peace in Gaza

Rutte: ‘Russian hypersonic missiles can hit Rome in minutes’

 -Russian hypersonic missiles, NATO alert: ‘Europe is entirely on the eastern front’- Russia poses a direct and immediate threat to...
Read More
Rutte: ‘Russian hypersonic missiles can hit Rome in minutes’

LIVE VIDEO All living hostages (20) handed over to Israel

 -Breaking news - All the hostages, 20 to be precise, have been handed over by Hamas and are now in...
Read More
LIVE VIDEO All living hostages (20) handed over to Israel

Shooting in St Helena: at least 4 dead and 20 injured in a restaurant

South Carolina in shock after armed attack in a restaurant on the island of St Helena At least four people...
Read More
Shooting in St Helena: at least 4 dead and 20 injured in a restaurant

France, Macron confirms Lecornu: mixed reactions from political parties

Following the appointment of Sébastien Lecornu as Prime Minister, LR and PS divided over support for the new government In...
Read More
France, Macron confirms Lecornu: mixed reactions from political parties

North Korea unveils Hwasong-20 missile during military parade VIDEO

Kim Jong-un praises armed forces and unveils new Hwasong-20 intercontinental missile In its first major military parade in two years,...
Read More
North Korea unveils Hwasong-20 missile during military parade VIDEO

(Photo: © AndKronos)

Di Tendenza/Trending$seed000$,
        '000_80a77a0d6fe2cb73.txt');

-- English translation of a Vietnamese thanhnien.vn article; its URL is given at the end of the text.
insert into source (outlet, title, url, language, published_on, published_precision, agencies, archived_text, seed_file)
values ('Thanh Niên (thanhnien.vn), English translation of the Vietnamese original',
        'US and Russian foreign ministers discuss Ukraine and the strikes in the Middle East: Rubio and Lavrov spoke by phone on March 15 about the next phase of negotiations to end the Russia-Ukraine war',
        'https://thanhnien.vn/ngoai-truong-my-nga-thao-luan-chuyen-ukraine-va-lenh-tan-cong-o-trung-dong-185250316085441231.htm',
        'en', date '2025-03-16', 'DAY', 'AFP, Reuters',
        $seed001$US Secretary of State Marco Rubio and his Russian counterpart Sergei Lavrov spoke by phone on March 15 to discuss the next phase of negotiations to end the Russia-Ukraine war.
AFP today, March 16, quoted US State Department spokeswoman Tammy Bruce as saying that the two countries' foreign ministers discussed the next phase of the Ukraine negotiation process. However, the announcement did not mention details about the content of the US-Russia exchange.
Despite recent tensions between US President Donald Trump and his Ukrainian counterpart Volodymyr Zelensky, the Kyiv government agreed in principle to a proposal for a 30-day ceasefire if Russia stops its attacks in eastern Ukraine.
Trump says Russia should spare Ukrainian soldiers in Kursk, Putin calls for surrender
Russian President Vladimir Putin said he supports ending the conflict but needs further discussions with the US and there should be specific conditions.
The top US and Russian diplomats also agreed to continue working toward resuming communication between the two countries, which was interrupted under former President Joe Biden.

US Secretary of State Marco Rubio (left) and his Russian counterpart Sergei Lavrov
The State Department's announcement did not provide details on when the next round of US-Russia talks, which have been hosted by Saudi Arabia since February, will take place.
President Trump also criticized some journalists for trying to discredit his administration's efforts to establish contact with Russia.
The US leader referred to unverified information reported by some news agencies, which said that US Special Envoy Steven Witkoff had to wait 9 hours before meeting Russian President Vladimir Putin in Moscow on the night of March 13.
Mr. Trump denied the above information, saying that Special Envoy Witkoff had many meetings in Moscow and all were arranged quickly and with high productivity.
Also in the phone call on March 15, Mr. Rubio informed Mr. Lavrov about the US military campaign that had just begun in the Middle East, according to Reuters.
The Trump administration's first airstrikes against Houthi rebels in Yemen killed at least 21 people on March 15, according to the latest updates from the group.
Source: https://thanhnien.vn/ngoai-truong-my-nga-thao-luan-chuyen-ukraine-va-lenh-tan-cong-o-trung-dong-185250316085441231.htm
Comment (0)$seed001$,
        '001_bed55c691b5d66ca.txt');

-- The report names only a domain (london-news-net.preview-domain.com), not the article's URL: url stays NULL.
insert into source (outlet, title, url, language, published_on, published_precision, agencies, archived_text, seed_file)
values ('london-news-net (news aggregator)',
        'Diplomatic Dialogue: Rubio and Lavrov Discuss New Ideas for Ukraine Amid Renewed Violence',
        null, 'en', null, 'UNKNOWN', null,
        $seed002$Diplomatic Dialogue: Rubio and Lavrov Discuss New Ideas for Ukraine Amid Renewed Violence | World | london-news-net.preview-domain.com

Diplomatic Dialogue: Rubio and Lavrov Discuss New Ideas for Ukraine Amid Renewed Violence

Diplomatic Dialogue: Rubio and Lavrov Discuss New Ideas for Ukraine Amid Renewed Violence

Russian and American top diplomats engaged in a “candid discussion” during their meeting in Malaysia on Thursday, according to Russian officials. U.S. Secretary of State Marco Rubio announced that his Russian counterpart, Sergei Lavrov, had introduced a “new idea” regarding a resolution to the conflict in Ukraine.

The talks were held on the fringes of the ASEAN foreign ministers’ summit in Kuala Lumpur, shortly after Russia launched a second night of attacks on Kyiv, which resulted in two fatalities.

Despite the ongoing strikes, Moscow asserted that peace talks with Kyiv have not hit a dead end.

“An in-depth and honest exchange of opinions took place concerning the situation in Ukraine,” stated Russia’s Foreign Ministry following the discussions.

Rubio informed the press that Lavrov had proposed something “novel” in relation to the ongoing conflict, although he refrained from providing specifics.

“It’s not a new strategy; it’s a new idea or concept that I will bring back to the president for discussion,” he noted. Rubio also mentioned that it was not a proposal that **“automatically paves the way for peace, but it might open a door to a possible solution.”**

Moscow did not comment on the specifics of the idea presented.

Rubio further indicated that he communicated Trump’s displeasure regarding the ongoing war, which has now entered its fourth year since Russia’s full-scale invasion in 2022.

“I reiterated the president’s sentiments, expressing both disappointment and frustration at the stagnation in progress,” Rubio remarked.

Earlier this week, Trump criticized Russian President Vladimir Putin for his statements about peace negotiations concerning Ukraine, asserting the need to send more American weaponry to Kyiv.

As the U.S. president has increasingly scrutinized Putin, he has also expressed dissatisfaction with Kyiv, especially as hopes for a swift resolution to Europe’s most deadly conflict since World War II continue to fade.

Rubio and Lavrov had last met in February in Saudi Arabia while the Trump administration sought to improve relations with Moscow and to initiate peace discussions surrounding the Ukraine war. The two diplomats have also held multiple phone conversations in recent months.

Following the summit in Malaysia, Lavrov is expected to visit North Korea this weekend, continuing a series of significant visits aimed at bolstering military cooperation between Moscow and Pyongyang.

Related posts

Kremlin Appoints Medinsky to Lead Russian Delegation as Putin Skips Istanbul Negotiations

Kremlin Hesitant on Delegate Announcement for Upcoming Turkey Talks with Ukraine

Russias Economic Outlook: Navigating Tariff Wars and Falling Oil Prices


This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More$seed002$,
        '002_25fc6c82eb263419.txt');

insert into source (outlet, title, url, language, published_on, published_precision, agencies, archived_text, seed_file)
values ('English-language news site (outlet not named in the report; cites Digi24, Romania)',
        'U.S. and Russia exchange views as peace negotiations hang in the balance',
        null, 'en', null, 'UNKNOWN', 'Digi24',
        $seed003$U.S. and Russia exchange views as peace negotiations hang in the balance
Others are reading now
Efforts to end the war in Ukraine appear to be intensifying, with direct high-level communication now underway between Washington and Moscow.
A recent conversation between U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov signals a fragile opening for renewed diplomacy.
Talks Highlight Urgency for a Peace Deal
According to Digi24, the call between Rubio and Lavrov was initiated by the Russian side and marks their second direct conversation in less than two weeks.
Rubio emphasized that a peace agreement between Russia and Ukraine must happen soon, as the Trump administration evaluates whether to continue its role as mediator.
Also read
“The United States is serious about facilitating the end of this senseless war,” State Department spokesperson Tammy Bruce stated following the discussion. Rubio outlined next steps in the peace process, stressing the urgent need to end the conflict now.
Russia Signals Openness—With Conditions
The Russian Foreign Ministry characterized the talks as a “fruitful exchange of opinions” on key aspects of U.S.-Russia political dialogue. However, it notably omitted any reference to the war in Ukraine.
Following the conversation, Kremlin officials declared readiness to begin peace negotiations without preconditions.
Yet Lavrov later reiterated longstanding Russian demands: Ukraine must commit to neutrality, reject NATO membership, and the international community must recognize Russia’s annexation of Ukrainian territories.
Diplomatic Efforts Face Major Challenges
The latest outreach comes shortly after President Donald Trump publicly urged Vladimir Putin to halt hostilities and engage in direct talks. While official statements from Moscow suggest flexibility, Lavrov’s insistence on maximalist conditions reveals the steep obstacles that remain on the path to peace.
Next week will be critical, as the U.S. administration assesses whether its mediation efforts have a realistic chance of success or if it will step back from direct involvement in the Ukraine crisis.$seed003$,
        '003_56f64484c723aef1.txt');

insert into source (outlet, title, url, language, published_on, published_precision, agencies, archived_text, seed_file)
values ('English-language news site (outlet not named in the report; cites Breitbart)',
        'Top US and Russian diplomats discuss the potential cessation of the conflict in Ukraine',
        null, 'en', null, 'UNKNOWN', 'Breitbart',
        $seed004$In a recent development, the top diplomats from the United States and Russia have engaged in discussions regarding the potential cessation of the ongoing conflict in Ukraine.
This comes in the wake of Kyiv's allies' decision to apply pressure on Moscow, as reported by Breitbart.
The United States, under the leadership of President Donald Trump, has been instrumental in brokering a 30-day unconditional ceasefire agreement with Ukraine. This agreement, however, is contingent on Moscow's cessation of its attacks in eastern Ukraine. Despite the recent tensions between Trump and his Ukrainian counterpart, Volodymyr Zelensky, Kyiv has agreed in principle to this ceasefire.
In contrast, Russia's President Vladimir Putin has yet to consent to any truce. Instead, he has set conditions that exceed those stipulated in the U.S.-Ukraine agreement. This comes at a time when Russia appears to be gaining momentum on several fronts in Ukraine.
U.S. Secretary of State Marco Rubio and Russia's Foreign Minister Sergei Lavrov have been in communication, discussing the "next steps" in this complex situation. According to State Department spokeswoman Tammy Bruce, Rubio and Lavrov have also agreed to work towards restoring communication between the United States and Russia.
The British Prime Minister, Keir Starmer, during a virtual summit hosted by London, urged fellow leaders to concentrate on strengthening Ukraine, safeguarding any ceasefire, and maintaining pressure on Moscow. He expressed his belief that Putin would eventually have to "come to the table".
French President Emmanuel Macron has called for unified action to ensure Russia's acceptance of the proposed ceasefire. He warned that if Russia does not commit to peace, President Trump will impose stricter sanctions and retaliation, thereby altering the dynamic completely.
However, Zelensky has cautioned that Russia aims to secure a "stronger position" militarily before any ceasefire. This comes more than three years after Russia's invasion of Ukraine. He stated, "They want to improve their situation on the battlefield."
Starmer and Macron have expressed their willingness to deploy British and French troops in Ukraine, but it remains uncertain whether other countries will follow suit. Russia, however, has rejected the idea of foreign soldiers acting as peacekeepers in Ukraine.
In a move to further strengthen the coalition, Trump appointed Keith Kellogg as a special envoy to Ukraine. Kellogg, a former national security advisor during Trump's first term, had previously been described as a special envoy for both Ukraine and Russia.
Despite these diplomatic efforts, the conflict continues. Moscow has regained swathes of land this week in the Kursk border region. Civilian casualties have been reported on both sides, with Ukrainian drones causing injuries in Russia, and residential buildings being damaged in the northern region of Chernihiv in Ukraine.
As the situation unfolds, the international community watches closely, hoping for a resolution that will bring lasting peace to the region. The role of the United States, under the leadership of President Trump, remains pivotal in these negotiations, as it continues to champion the cause of peace and stability in Ukraine.
Login$seed004$,
        '004_fa362f7ea0feeb84.txt');

-- 1b. Every URL that domain-notes lists, one source each. Titles are read from the URL slug (or, where
--     the slug carries no words, describe what domain-notes cites the URL for). A publication date is
--     stored only where the URL itself carries it; otherwise NULL / UNKNOWN. No archived text.

insert into source (outlet, title, url, language, published_on, published_precision)
values ('Kyiv Independent', 'State Secretary Rubio holds phone call with Russia''s Lavrov',
        'https://kyivindependent.com/state-secretary-rubio-holds-phone-call-with-russias-lavrov/',
        'en', null, 'UNKNOWN'),
       ('Asharq Al-Awsat', 'Riyadh meeting paves way for restoring US-Russian ties',
        'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties',
        'en', null, 'UNKNOWN'),
       ('Euromaidan Press', 'Rubio, Lavrov discuss working towards restoring US-Russia communication',
        'https://euromaidanpress.com/2025/03/16/rubio-lavrov-discuss-working-towards-restoring-us-russia-communication',
        'en', date '2025-03-16', 'DAY'),
       ('Hürriyet Daily News', 'Lavrov, Rubio discuss Ukraine following peace talks in Paris',
        'https://www.hurriyetdailynews.com/lavrov-rubio-discuss-ukraine-following-peace-talks-in-paris-208195',
        'en', null, 'UNKNOWN'),
       ('The Moscow Times', 'Rubio tells Russian counterpart it is time to end "senseless war": US',
        'https://www.themoscowtimes.com/2025/04/28/rubio-tells-russian-counterpart-time-to-end-senseless-war-us-a88898',
        'en', date '2025-04-28', 'DAY'),
       ('TASS', 'Lavrov–Rubio phone call of 17 May 2025 (TASS report)',
        'https://tass.com/politics/1959577',
        'en', null, 'UNKNOWN'),
       ('TASS', 'Lavrov–Rubio phone call of 28 May 2025 (TASS report)',
        'https://tass.com/politics/1965131',
        'en', null, 'UNKNOWN'),
       ('UNN', 'Rubio and Lavrov had a phone conversation before the negotiations in Istanbul: details',
        'https://unn.ua/en/news/rubio-and-lavrov-had-a-phone-conversation-before-the-negotiations-in-istanbul-details',
        'en', null, 'UNKNOWN'),
       ('Newslooks', 'Rubio, Lavrov hold talks amid Ukraine war escalation',
        'https://www.newslooks.com/rubio-lavrov-hold-talks-amid-ukraine-war-escalation',
        'en', null, 'UNKNOWN'),
       ('TASS', 'Lavrov–Rubio phone call of 12 August 2025 ahead of the Alaska summit (TASS report)',
        'https://tass.com/politics/2001413',
        'en', null, 'UNKNOWN'),
       ('The Spokesman-Review', 'Drawing world''s attention, Trump–Putin summit in Alaska',
        'https://www.spokesman.com/stories/2025/aug/15/drawing-worlds-attention-trump-putin-summit-in-ala',
        'en', date '2025-08-15', 'DAY'),
       ('Sputnik', 'Highlights of Lavrov-Rubio talks on UNGA sidelines',
        'https://sputnikglobe.com/20250924/highlights-of-lavrov-rubio-talks-on-unga-sidelines-1122848194.html',
        'en', date '2025-09-24', 'DAY'),
       ('Interfax-Ukraine', 'Rubio–Lavrov phone call of 20 October 2025 (Interfax-Ukraine report)',
        'https://en.interfax.com.ua/news/general/1114086.html',
        'en', null, 'UNKNOWN'),
       ('Interfax-Ukraine', 'US–Ukraine talks in Jeddah: Ukraine ready to accept a 30-day interim ceasefire (Interfax-Ukraine report)',
        'https://en.interfax.com.ua/news/general/1054814.html',
        'en', null, 'UNKNOWN'),
       ('GOV.UK', 'Prime Minister to tell world leaders the ball is in Russia''s court: Putin must stop delaying tactics',
        'https://www.gov.uk/government/news/prime-minister-to-tell-world-leaders-the-ball-is-in-russias-court-putin-must-stop-delaying-tactics',
        'en', null, 'UNKNOWN'),
       ('Ukrainska Pravda', 'Keith Kellogg redesignated Special Envoy to Ukraine (Ukrainska Pravda report)',
        'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/',
        'en', date '2025-03-15', 'DAY'),
       ('A News (anews.com.tr)', 'Moscow satisfied with results of peace talks in Istanbul, says head of Russian delegation',
        'https://www.anews.com.tr/world/2025/05/16/moscow-satisfied-with-results-of-peace-talks-in-istanbul-says-head-of-russian-delegation',
        'en', date '2025-05-16', 'DAY');

-- =====================================================================================================
-- 2. Actors, aliases and roles
-- =====================================================================================================

insert into actor (slug, name, kind, country, description)
values ('marco-rubio', 'Marco Rubio', 'PERSON', 'US',
        'US Secretary of State; Lavrov''s counterpart in the US–Russia contacts of 2025 on the war in Ukraine.'),
       ('sergei-lavrov', 'Sergei Lavrov', 'PERSON', 'RU',
        'Russian Foreign Minister; Rubio''s counterpart in the US–Russia contacts of 2025.'),
       ('donald-trump', 'Donald Trump', 'PERSON', 'US',
        'President of the United States.'),
       ('vladimir-putin', 'Vladimir Putin', 'PERSON', 'RU',
        'President of Russia.'),
       ('volodymyr-zelensky', 'Volodymyr Zelensky', 'PERSON', 'UA',
        'President of Ukraine.'),
       ('andriy-yermak', 'Andriy Yermak', 'PERSON', 'UA',
        'Leads the delegation President Zelensky formed in March 2025 to represent Kyiv in possible peace talks.'),
       ('steve-witkoff', 'Steve Witkoff', 'PERSON', 'US',
        'US Special Envoy; met Putin in Moscow on 13 March 2025 and took part in the Riyadh meeting and the Anchorage summit.'),
       ('mike-waltz', 'Mike Waltz', 'PERSON', 'US',
        'US National Security Adviser; member of the US delegation at the Riyadh meeting of 18 February 2025.'),
       ('yuri-ushakov', 'Yuri Ushakov', 'PERSON', 'RU',
        'Kremlin foreign-policy aide to the Russian President; member of the Russian delegation in Riyadh and at the Anchorage summit.'),
       ('tammy-bruce', 'Tammy Bruce', 'PERSON', 'US',
        'US State Department spokesperson; gave the US accounts of the Rubio–Lavrov calls in spring 2025.'),
       ('tommy-pigott', 'Tommy Pigott', 'PERSON', 'US',
        'US State Department spokesperson who gave the US accounts of the September and October 2025 Rubio–Lavrov contacts.'),
       ('keith-kellogg', 'Keith Kellogg', 'PERSON', 'US',
        'US special envoy: named Special Envoy for Ukraine and Russia on 27 November 2024, redesignated Special Envoy to Ukraine on 15 March 2025.'),
       ('keir-starmer', 'Keir Starmer', 'PERSON', 'GB',
        'Prime Minister of the United Kingdom; hosted the virtual leaders'' meeting of 15 March 2025.'),
       ('emmanuel-macron', 'Emmanuel Macron', 'PERSON', 'FR',
        'President of France.'),
       ('vladimir-medinsky', 'Vladimir Medinsky', 'PERSON', 'RU',
        'Head of Russia''s delegation at the direct Russia–Ukraine talks in Istanbul in May 2025.'),
       ('faisal-bin-farhan', 'Faisal bin Farhan', 'PERSON', 'SA',
        'Saudi Foreign Minister; hosted the US–Russia meeting in Riyadh on 18 February 2025.'),
       ('us-state-department', 'US State Department', 'GOVERNMENT_BODY', 'US',
        'The US foreign ministry, headed by the Secretary of State; issues the US readouts of the Rubio–Lavrov contacts.'),
       ('russian-mfa', 'Russian Ministry of Foreign Affairs', 'GOVERNMENT_BODY', 'RU',
        'The Russian foreign ministry, headed by Sergei Lavrov; issues the Russian readouts of the Rubio–Lavrov contacts.'),
       ('kremlin', 'Kremlin', 'GOVERNMENT_BODY', 'RU',
        'The office of the Russian President; gave its own account of the Rubio–Lavrov call of 15 March 2025.'),
       -- Holds Ukraine's stance on the 30-day ceasefire: the reports attribute it to "Kyiv" / "the Kyiv
       -- government", not to a named person.
       ('government-of-ukraine', 'Government of Ukraine', 'GOVERNMENT_BODY', 'UA',
        'The Ukrainian government in Kyiv.');

insert into actor_alias (actor_id, name, language)
select (select id from actor where slug = v.actor), v.name, v.language
from (values ('sergei-lavrov', 'Sergey Lavrov', 'en'),
             ('sergei-lavrov', 'Сергей Лавров', 'ru'),
             ('marco-rubio', 'Марко Рубио', 'ru'),
             ('vladimir-putin', 'Владимир Путин', 'ru'),
             ('volodymyr-zelensky', 'Volodymyr Zelenskyy', 'en'),
             ('volodymyr-zelensky', 'Володимир Зеленський', 'uk'),
             ('steve-witkoff', 'Steven Witkoff', 'en'),
             ('us-state-department', 'Department of State', 'en'),
             ('russian-mfa', 'Ministry of Foreign Affairs of the Russian Federation', 'en'),
             ('russian-mfa', 'МИД России', 'ru')) as v (actor, name, language);

-- Titles as the cited report states them for 2025. Dates only where the materials give them.
insert into actor_role (actor_id, title, organization, start_date, end_date, source_id)
select (select id from actor where slug = v.actor), v.title, v.organization, v.start_date::date, v.end_date::date,
       (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('marco-rubio', 'Secretary of State', 'US Department of State', null, null, '001_bed55c691b5d66ca.txt'),
    ('sergei-lavrov', 'Foreign Minister', 'Russian Ministry of Foreign Affairs', null, null, '000_80a77a0d6fe2cb73.txt'),
    ('donald-trump', 'President of the United States', null, null, null, '000_80a77a0d6fe2cb73.txt'),
    ('vladimir-putin', 'President of Russia', null, null, null, '001_bed55c691b5d66ca.txt'),
    ('volodymyr-zelensky', 'President of Ukraine', null, null, null, '000_80a77a0d6fe2cb73.txt'),
    ('andriy-yermak', 'Head of Ukraine''s delegation for possible peace talks', null, null, null, '000_80a77a0d6fe2cb73.txt'),
    ('steve-witkoff', 'US Special Envoy', null, null, null, '001_bed55c691b5d66ca.txt'),
    ('mike-waltz', 'US National Security Adviser', null, null, null,
        'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('yuri-ushakov', 'Foreign-policy aide to the President of Russia', 'Kremlin', null, null,
        'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('faisal-bin-farhan', 'Foreign Minister of Saudi Arabia', null, null, null,
        'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('tammy-bruce', 'State Department spokesperson', 'US Department of State', null, null, '000_80a77a0d6fe2cb73.txt'),
    ('tommy-pigott', 'State Department spokesperson', 'US Department of State', null, null,
        'https://sputnikglobe.com/20250924/highlights-of-lavrov-rubio-talks-on-unga-sidelines-1122848194.html'),
    ('keith-kellogg', 'Special Envoy for Ukraine and Russia', null, '2024-11-27', '2025-03-15',
        'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/'),
    ('keith-kellogg', 'Special Envoy to Ukraine', null, '2025-03-15', null,
        'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/'),
    ('keir-starmer', 'Prime Minister of the United Kingdom', null, null, null, '004_fa362f7ea0feeb84.txt'),
    ('emmanuel-macron', 'President of France', null, null, null, '004_fa362f7ea0feeb84.txt'),
    ('vladimir-medinsky', 'Head of the Russian delegation at the Istanbul talks', null, null, null,
        'https://www.anews.com.tr/world/2025/05/16/moscow-satisfied-with-results-of-peace-talks-in-istanbul-says-head-of-russian-delegation')
) as v (actor, title, organization, start_date, end_date, src);

-- =====================================================================================================
-- 3. Proposals and the positions taken on them
-- =====================================================================================================

-- The notes say the 30-day ceasefire was "proposed by the US". Of the seeded actors, Donald Trump
-- best represents "the US" as a whole: he is head of state and government, and seed 004 credits the
-- United States "under the leadership of President Donald Trump" with brokering it. (The State
-- Department is one ministry, and no report names Rubio as its author.)
insert into proposal (slug, title, summary, proposer_actor_id, date_value, date_precision)
values ('30-day-ceasefire', '30-day ceasefire',
        'An immediate 30-day interim ceasefire in the war in Ukraine, proposed by the United States at the US–Ukraine talks in Jeddah on 11 March 2025. Ukraine accepted it in principle, conditional on Russia stopping its attacks; Russia had not accepted it and set further conditions; Kyiv''s European allies pushed for it to be unconditional.',
        (select id from actor where slug = 'donald-trump'), date '2025-03-11', 'DAY'),
       ('russias-conditions-for-peace', 'Russia''s conditions for peace',
        'Russia''s longstanding demands, restated by Sergei Lavrov in April 2025: Ukrainian neutrality, no NATO membership for Ukraine, and international recognition of Russia''s annexation of Ukrainian territories. Russia also rejects foreign peacekeepers in Ukraine.',
        (select id from actor where slug = 'sergei-lavrov'), date '2025-04-01', 'MONTH'),
       ('lavrov-new-idea', 'Lavrov''s "new idea" for a settlement in Ukraine',
        'A "new idea or concept" for resolving the conflict in Ukraine that Lavrov put to Rubio in Kuala Lumpur on 10 July 2025. Not detailed publicly; Rubio said it was "not a new strategy" and that he would take it back to the president.',
        (select id from actor where slug = 'sergei-lavrov'), date '2025-07-10', 'DAY'),
       ('european-reassurance-force', 'European reassurance force',
        'British and French troops deployed in Ukraine to safeguard a ceasefire: in March 2025 Keir Starmer and Emmanuel Macron said they were willing to deploy them; it was unclear whether other countries would follow. Russia rejects foreign soldiers acting as peacekeepers in Ukraine.',
        (select id from actor where slug = 'keir-starmer'), date '2025-03-01', 'MONTH');

-- Putin's stance on the ceasefire is UNDER_CONSIDERATION, not ACCEPTED_WITH_CONDITIONS: the reports
-- say he had not agreed to it. Undated statements from undated March reports get MONTH precision.
-- Russia's rejection of foreign peacekeepers is held by the Kremlin actor because seed 004 attributes
-- it to "Russia", not to a named official.
insert into proposal_position (proposal_id, actor_id, stance, date_value, date_precision, note, source_id)
select (select id from proposal where slug = v.proposal), (select id from actor where slug = v.actor),
       v.stance, v.date_value::date, v.date_precision, v.note,
       (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('30-day-ceasefire', 'donald-trump', 'PROPOSED', '2025-03-11', 'DAY',
        'Proposed by the United States at the US–Ukraine talks in Jeddah.',
        'https://en.interfax.com.ua/news/general/1054814.html'),
    ('30-day-ceasefire', 'government-of-ukraine', 'ACCEPTED_WITH_CONDITIONS', '2025-03-11', 'DAY',
        'In Jeddah Ukraine said it was ready to accept an immediate 30-day interim ceasefire, subject to Russia.',
        'https://en.interfax.com.ua/news/general/1054814.html'),
    ('30-day-ceasefire', 'government-of-ukraine', 'ACCEPTED_WITH_CONDITIONS', '2025-03-01', 'MONTH',
        'Kyiv agreed in principle to the 30-day ceasefire if Russia stops its attacks in eastern Ukraine (reported 16 March 2025).',
        '001_bed55c691b5d66ca.txt'),
    ('30-day-ceasefire', 'vladimir-putin', 'UNDER_CONSIDERATION', '2025-03-01', 'MONTH',
        'Putin "has yet to consent to any truce" and has set conditions exceeding those of the US–Ukraine agreement; seed 001 reports he said he supports ending the conflict but needs further discussions with the US and specific conditions.',
        '004_fa362f7ea0feeb84.txt'),
    ('russias-conditions-for-peace', 'sergei-lavrov', 'PROPOSED', '2025-04-01', 'MONTH',
        'Lavrov reiterated Russia''s demands after the late-April call with Rubio: Ukrainian neutrality, no NATO membership, recognition of Russia''s annexation of Ukrainian territories.',
        '003_56f64484c723aef1.txt'),
    ('lavrov-new-idea', 'sergei-lavrov', 'PROPOSED', '2025-07-10', 'DAY',
        'Put to Rubio at their meeting in Kuala Lumpur; Moscow did not comment on its specifics.',
        '002_25fc6c82eb263419.txt'),
    ('lavrov-new-idea', 'marco-rubio', 'UNDER_CONSIDERATION', '2025-07-10', 'DAY',
        'Rubio said he would bring it back to the president for discussion: not a proposal that "automatically paves the way for peace, but it might open a door to a possible solution."',
        '002_25fc6c82eb263419.txt'),
    ('european-reassurance-force', 'keir-starmer', 'PROPOSED', '2025-03-01', 'MONTH',
        'Willing to deploy British troops in Ukraine to safeguard a ceasefire.',
        '004_fa362f7ea0feeb84.txt'),
    ('european-reassurance-force', 'emmanuel-macron', 'PROPOSED', '2025-03-01', 'MONTH',
        'Willing to deploy French troops in Ukraine alongside British troops.',
        '004_fa362f7ea0feeb84.txt'),
    ('european-reassurance-force', 'kremlin', 'REJECTED', '2025-03-01', 'MONTH',
        'Russia has rejected the idea of foreign soldiers acting as peacekeepers in Ukraine.',
        '004_fa362f7ea0feeb84.txt')
) as v (proposal, actor, stance, date_value, date_precision, note, src);

-- =====================================================================================================
-- 4. Events: the 13 Rubio–Lavrov contacts of 2025
-- =====================================================================================================
-- initiator_side is exactly what domain-notes says: 'US' where it says "US (per MFA)", 'RUSSIA' where
-- it says RU, 'NOT_REPORTED' where it gives none. initiator_actor_id is left NULL throughout: the
-- sources name the initiating side, not the person.

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-02-15-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-02-15', 'DAY', null, null, null,
        'US', 'According to the Russian Foreign Ministry',
        (select id from source where url = 'https://kyivindependent.com/state-secretary-rubio-holds-phone-call-with-russias-lavrov/'),
        'US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone as a follow-up to the Trump–Putin call of 12 February. The US side said they discussed ending the war in Ukraine; the Russian side said they discussed restoring the work of the two countries'' embassies, keeping regular contacts and preparing a summit.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-02-18-rubio-lavrov-meeting-riyadh', 'Rubio and Lavrov meet in Riyadh', 'MEETING',
        date '2025-02-18', 'DAY', 270, 'Diriyah Palace, Riyadh', 'SA',
        'NOT_REPORTED', null, null,
        'Rubio and Lavrov met at Diriyah Palace in Riyadh for about four and a half hours, hosted by Saudi Foreign Minister Faisal bin Farhan, with Mike Waltz and Steve Witkoff on the US side and Yuri Ushakov on the Russian side. The US side named four points: a consultation mechanism on "irritants" and on the two countries'' missions, high-level teams to work on ending the war in Ukraine, groundwork for cooperation, and staying in contact. The Russian side spoke of ambassadors, missions, an economic dialogue and preparing a summit.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-15-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-03-15', 'DAY', null, null, null,
        'US', 'According to the Russian Foreign Ministry',
        (select id from source where url = 'https://euromaidanpress.com/2025/03/16/rubio-lavrov-discuss-working-towards-restoring-us-russia-communication'),
        'Rubio and Lavrov discussed the next steps towards ending the war in Ukraine and agreed to keep working on restoring US–Russia communication, interrupted under President Biden. The Kremlin said they reviewed concrete aspects of the understandings reached in Riyadh the month before; the Russian Foreign Ministry spoke of an end to the use of force. Rubio told Lavrov of the US strikes on the Houthis in Yemen that began that day. The call came as Kyiv had accepted in principle the US-proposed 30-day ceasefire, which Russia had not accepted.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-04-17-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-04-17', 'DAY', null, null, null,
        'NOT_REPORTED', null, null,
        'Rubio, in Paris for talks with Ukrainian and European officials, phoned Lavrov. The US side said he passed on the same message he had given the Ukrainians and Europeans in Paris and that the US had presented the outlines of a durable peace; the Russian side said Rubio briefed Lavrov on the Paris talks and Lavrov stressed removing the "root causes" of the conflict.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-04-27-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-04-27', 'DAY', null, null, null,
        'RUSSIA', 'The State Department called it Russian-requested; Digi24 reported it was initiated by the Russian side',
        (select id from source where url = 'https://www.themoscowtimes.com/2025/04/28/rubio-tells-russian-counterpart-time-to-end-senseless-war-us-a88898'),
        'Their second direct conversation in less than two weeks, after Steve Witkoff''s visit to Moscow on 25 April. Rubio discussed next steps and the need to end the war now; the State Department said the US was serious about facilitating the end of "this senseless war". The Russian Foreign Ministry spoke of a "fruitful exchange of opinions" and of consolidating the emerging prerequisites for talks, without mentioning Ukraine. The Kremlin then declared readiness for talks without preconditions, while Lavrov restated Russia''s demands.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-05-17-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-05-17', 'DAY', null, null, null,
        'US', 'According to the Russian Foreign Ministry',
        (select id from source where url = 'https://tass.com/politics/1959577'),
        'Rubio and Lavrov spoke the day after the direct Russia–Ukraine talks in Istanbul. The US side welcomed the prisoner-exchange deal reached in Istanbul on 16 May; the Russian side noted the US "positive role" in getting Kyiv to Istanbul.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-05-28-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-05-28', 'DAY', null, null, null,
        'NOT_REPORTED', null, null,
        'The US side welcomed the 1,000-for-1,000 prisoner exchange between Russia and Ukraine and called for good-faith dialogue; the Russian side said they discussed Russian proposals for the next round of talks in Istanbul.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-06-01-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-06-01', 'DAY', null, null, null,
        'RUSSIA', null,
        (select id from source where url = 'https://unn.ua/en/news/rubio-and-lavrov-had-a-phone-conversation-before-the-negotiations-in-istanbul-details'),
        'A call on the eve of the 2 June round of Russia–Ukraine talks in Istanbul. The US side spoke of continuing the direct Russia–Ukraine talks; the Russian side of the 2 June Istanbul round.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'Rubio and Lavrov meet in Kuala Lumpur', 'MEETING',
        date '2025-07-10', 'DAY', 50, 'Kuala Lumpur (sidelines of the ASEAN foreign ministers'' meetings)', 'MY',
        'NOT_REPORTED', null, null,
        'Rubio and Lavrov met for about 50 minutes on the sidelines of the ASEAN foreign ministers'' meetings, after a second night of Russian strikes on Kyiv that killed two people. Rubio told reporters Lavrov had put forward a "new idea or concept", not a new strategy, which he would take back to President Trump, and that he had conveyed the president''s disappointment and frustration. The Russian Foreign Ministry called the talks substantive and frank, covering Ukraine, Iran and Syria. There was no written US readout. The two had last met in February in Saudi Arabia.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-08-12-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-08-12', 'DAY', null, null, null,
        'NOT_REPORTED', null, null,
        'A call three days before the Trump–Putin summit in Alaska: the Russian side said they discussed preparing the summit; the US side (reported with medium confidence) spoke of commitment to a successful summit.');

-- Anchorage: the presidents are the principals; Rubio and Lavrov sat at the table in the 3-on-3
-- format, so they are recorded as delegation members here (and as principals on every other contact).
insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-08-15-trump-putin-summit-anchorage', 'Trump–Putin summit in Anchorage', 'SUMMIT',
        date '2025-08-15', 'DAY', null, 'Anchorage, Alaska', 'US',
        'NOT_REPORTED', null, null,
        'Summit of Presidents Donald Trump and Vladimir Putin in Anchorage, Alaska, in a three-on-three format: Trump with Marco Rubio and Steve Witkoff, Putin with Sergei Lavrov and Yuri Ushakov. Rubio and Lavrov were both present.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-09-24-rubio-lavrov-meeting-new-york', 'Rubio and Lavrov meet at the UN General Assembly in New York', 'MEETING',
        date '2025-09-24', 'DAY', null, 'UN General Assembly, New York', 'US',
        'NOT_REPORTED', null, null,
        'Rubio and Lavrov met on the sidelines of the UN General Assembly. State Department spokesperson Tommy Pigott said Moscow must take "meaningful steps"; the Russian side said the course agreed in Alaska should be kept.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-10-20-rubio-lavrov-phone-call', 'Rubio–Lavrov phone call', 'PHONE_CALL',
        date '2025-10-20', 'DAY', null, null, null,
        'NOT_REPORTED', null, null,
        'Rubio and Lavrov discussed next steps after the Trump–Putin call of 16 October and the preparation of a summit in Budapest; the Russian side called the call "constructive". A planned in-person meeting of the two was then put on hold.');

-- =====================================================================================================
-- 5. Events: related events in the seed reports (not Rubio–Lavrov contacts)
-- =====================================================================================================

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-11-us-ukraine-talks-jeddah', 'US–Ukraine talks in Jeddah', 'NEGOTIATION_ROUND',
        date '2025-03-11', 'DAY', null, 'Jeddah', 'SA',
        'NOT_REPORTED', null, null,
        'At US–Ukraine talks in Jeddah the United States proposed an immediate 30-day interim ceasefire, and Ukraine said it was ready to accept it, subject to Russia. Kyiv accepted in principle, conditional on Russia stopping its attacks in eastern Ukraine.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-13-witkoff-putin-meeting-moscow', 'Witkoff meets Putin in Moscow', 'MEETING',
        date '2025-03-13', 'DAY', null, 'Moscow', 'RU',
        'NOT_REPORTED', null, null,
        'US Special Envoy Steve Witkoff met Russian President Vladimir Putin in Moscow late in the evening. An unverified report that Witkoff had to wait nine hours to see Putin was denied by President Trump, who said Witkoff''s meetings in Moscow were arranged quickly and were highly productive.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-15-starmer-virtual-leaders-meeting', 'Starmer''s virtual leaders'' meeting ("coalition of the willing")', 'SUMMIT',
        date '2025-03-15', 'DAY', null, 'Virtual (hosted from London)', 'GB',
        'NOT_REPORTED', null, null,
        'British Prime Minister Keir Starmer hosted a virtual meeting of leaders of about 25 countries, the "coalition of the willing". He urged them to concentrate on strengthening Ukraine, safeguarding any ceasefire and keeping up pressure on Moscow, saying Putin would eventually have to "come to the table". Starmer and French President Emmanuel Macron said they were willing to deploy troops in Ukraine to safeguard a ceasefire; Russia rejects foreign peacekeepers.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-15-us-strikes-on-houthis-yemen', 'US strikes on the Houthis in Yemen begin', 'MILITARY_ACTION',
        date '2025-03-15', 'DAY', null, null, 'YE',
        'NOT_REPORTED', null, null,
        'The Trump administration began airstrikes against the Houthi rebels in Yemen. Rubio told Lavrov of the campaign in their phone call the same day.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-03-15-kellogg-special-envoy-to-ukraine', 'Keith Kellogg redesignated Special Envoy to Ukraine', 'APPOINTMENT',
        date '2025-03-15', 'DAY', null, null, 'US',
        'NOT_REPORTED', null, null,
        'President Trump named Keith Kellogg special envoy to Ukraine. Kellogg had first been named special envoy for Ukraine and Russia on 27 November 2024.');

insert into event (slug, title, type, date_value, date_precision, duration_minutes, place, country,
                   initiator_side, initiator_note, initiator_source_id, summary)
values ('2025-05-16-russia-ukraine-talks-istanbul', 'Direct Russia–Ukraine talks in Istanbul', 'NEGOTIATION_ROUND',
        date '2025-05-16', 'DAY', null, 'Istanbul', 'TR',
        'NOT_REPORTED', null, null,
        'Direct talks between Russia and Kyiv in Istanbul. Vladimir Medinsky led Russia''s delegation; Putin did not attend. The head of the Russian delegation said Moscow was satisfied with the results. A prisoner-exchange deal was reached.');

-- =====================================================================================================
-- 6. Participants
-- =====================================================================================================
-- Rubio and Lavrov are PRINCIPAL on every Rubio–Lavrov contact except the Anchorage summit (see above).
-- Related events list only those the materials say took part.

insert into event_participant (event_id, actor_id, role)
select (select id from event where slug = v.event), (select id from actor where slug = v.actor), v.role
from (values
    ('2025-02-15-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-02-15-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'marco-rubio', 'PRINCIPAL'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'mike-waltz', 'DELEGATION_MEMBER'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'steve-witkoff', 'DELEGATION_MEMBER'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'yuri-ushakov', 'DELEGATION_MEMBER'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'faisal-bin-farhan', 'HOST'),
    ('2025-03-15-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-03-15-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-04-17-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-04-17-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-04-27-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-04-27-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-05-17-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-05-17-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-05-28-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-05-28-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-06-01-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-06-01-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'marco-rubio', 'PRINCIPAL'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-08-12-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-08-12-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-08-15-trump-putin-summit-anchorage', 'donald-trump', 'PRINCIPAL'),
    ('2025-08-15-trump-putin-summit-anchorage', 'vladimir-putin', 'PRINCIPAL'),
    ('2025-08-15-trump-putin-summit-anchorage', 'marco-rubio', 'DELEGATION_MEMBER'),
    ('2025-08-15-trump-putin-summit-anchorage', 'steve-witkoff', 'DELEGATION_MEMBER'),
    ('2025-08-15-trump-putin-summit-anchorage', 'sergei-lavrov', 'DELEGATION_MEMBER'),
    ('2025-08-15-trump-putin-summit-anchorage', 'yuri-ushakov', 'DELEGATION_MEMBER'),
    ('2025-09-24-rubio-lavrov-meeting-new-york', 'marco-rubio', 'PRINCIPAL'),
    ('2025-09-24-rubio-lavrov-meeting-new-york', 'sergei-lavrov', 'PRINCIPAL'),
    ('2025-10-20-rubio-lavrov-phone-call', 'marco-rubio', 'PRINCIPAL'),
    ('2025-10-20-rubio-lavrov-phone-call', 'sergei-lavrov', 'PRINCIPAL'),
    -- Related events. Jeddah: the reports name no delegates, only the parties (the US side is left out
    -- rather than attributed to a person or body no source names).
    ('2025-03-11-us-ukraine-talks-jeddah', 'government-of-ukraine', 'PRINCIPAL'),
    ('2025-03-13-witkoff-putin-meeting-moscow', 'steve-witkoff', 'PRINCIPAL'),
    ('2025-03-13-witkoff-putin-meeting-moscow', 'vladimir-putin', 'PRINCIPAL'),
    ('2025-03-15-starmer-virtual-leaders-meeting', 'keir-starmer', 'HOST'),
    ('2025-03-15-kellogg-special-envoy-to-ukraine', 'keith-kellogg', 'PRINCIPAL'),
    ('2025-03-15-kellogg-special-envoy-to-ukraine', 'donald-trump', 'PRINCIPAL'),
    ('2025-05-16-russia-ukraine-talks-istanbul', 'vladimir-medinsky', 'PRINCIPAL'),
    ('2025-05-16-russia-ukraine-talks-istanbul', 'government-of-ukraine', 'PRINCIPAL')
) as v (event, actor, role);

-- =====================================================================================================
-- 7. Event sources
-- =====================================================================================================

insert into event_source (event_id, source_id)
select (select id from event where slug = v.event), (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('2025-02-15-rubio-lavrov-phone-call', 'https://kyivindependent.com/state-secretary-rubio-holds-phone-call-with-russias-lavrov/'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', '002_25fc6c82eb263419.txt'), -- "had last met in February in Saudi Arabia"
    ('2025-03-15-rubio-lavrov-phone-call', '000_80a77a0d6fe2cb73.txt'),
    ('2025-03-15-rubio-lavrov-phone-call', '001_bed55c691b5d66ca.txt'),
    ('2025-03-15-rubio-lavrov-phone-call', '004_fa362f7ea0feeb84.txt'),
    ('2025-03-15-rubio-lavrov-phone-call', 'https://euromaidanpress.com/2025/03/16/rubio-lavrov-discuss-working-towards-restoring-us-russia-communication'),
    ('2025-04-17-rubio-lavrov-phone-call', 'https://www.hurriyetdailynews.com/lavrov-rubio-discuss-ukraine-following-peace-talks-in-paris-208195'),
    ('2025-04-27-rubio-lavrov-phone-call', '003_56f64484c723aef1.txt'),
    ('2025-04-27-rubio-lavrov-phone-call', 'https://www.themoscowtimes.com/2025/04/28/rubio-tells-russian-counterpart-time-to-end-senseless-war-us-a88898'),
    ('2025-05-17-rubio-lavrov-phone-call', 'https://tass.com/politics/1959577'),
    ('2025-05-28-rubio-lavrov-phone-call', 'https://tass.com/politics/1965131'),
    ('2025-06-01-rubio-lavrov-phone-call', 'https://unn.ua/en/news/rubio-and-lavrov-had-a-phone-conversation-before-the-negotiations-in-istanbul-details'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', '002_25fc6c82eb263419.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'https://www.newslooks.com/rubio-lavrov-hold-talks-amid-ukraine-war-escalation'),
    ('2025-08-12-rubio-lavrov-phone-call', 'https://tass.com/politics/2001413'),
    ('2025-08-15-trump-putin-summit-anchorage', 'https://www.spokesman.com/stories/2025/aug/15/drawing-worlds-attention-trump-putin-summit-in-ala'),
    ('2025-09-24-rubio-lavrov-meeting-new-york', 'https://sputnikglobe.com/20250924/highlights-of-lavrov-rubio-talks-on-unga-sidelines-1122848194.html'),
    ('2025-10-20-rubio-lavrov-phone-call', 'https://en.interfax.com.ua/news/general/1114086.html'),
    ('2025-03-11-us-ukraine-talks-jeddah', 'https://en.interfax.com.ua/news/general/1054814.html'),
    ('2025-03-11-us-ukraine-talks-jeddah', '000_80a77a0d6fe2cb73.txt'),
    ('2025-03-11-us-ukraine-talks-jeddah', '001_bed55c691b5d66ca.txt'),
    ('2025-03-11-us-ukraine-talks-jeddah', '004_fa362f7ea0feeb84.txt'),
    ('2025-03-13-witkoff-putin-meeting-moscow', '001_bed55c691b5d66ca.txt'),
    ('2025-03-15-starmer-virtual-leaders-meeting', '004_fa362f7ea0feeb84.txt'),
    ('2025-03-15-starmer-virtual-leaders-meeting', 'https://www.gov.uk/government/news/prime-minister-to-tell-world-leaders-the-ball-is-in-russias-court-putin-must-stop-delaying-tactics'),
    ('2025-03-15-us-strikes-on-houthis-yemen', '001_bed55c691b5d66ca.txt'),
    ('2025-03-15-kellogg-special-envoy-to-ukraine', '004_fa362f7ea0feeb84.txt'),
    ('2025-03-15-kellogg-special-envoy-to-ukraine', 'https://www.pravda.com.ua/eng/news/2025/03/15/7503079/'),
    ('2025-05-16-russia-ukraine-talks-istanbul', '002_25fc6c82eb263419.txt'), -- related headline on Medinsky
    ('2025-05-16-russia-ukraine-talks-istanbul', 'https://tass.com/politics/1959577'), -- the 16 May prisoner-exchange deal
    ('2025-05-16-russia-ukraine-talks-istanbul', 'https://www.anews.com.tr/world/2025/05/16/moscow-satisfied-with-results-of-peace-talks-in-istanbul-says-head-of-russian-delegation')
) as v (event, src);

-- =====================================================================================================
-- 8. Readouts (official accounts by one side)
-- =====================================================================================================
-- US readouts are issued by the State Department (spokesperson Tammy Bruce unless noted), Russian ones
-- by the Foreign Ministry, except the Kremlin account of 15 March in seed 000. key_quotes hold only
-- words that stand in quotation marks in the cited material. Readouts the notes give as "—" are left
-- out, as is the US readout of 10 July (there was none in writing; Rubio's words are under quotes).

insert into readout (event_id, side, issuer_actor_id, summary, key_quotes, source_id)
select (select id from event where slug = v.event), v.side, (select id from actor where slug = v.issuer),
       v.summary, v.key_quotes, (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('2025-02-15-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'A follow-up to the 12 February Trump–Putin call; the two discussed ending the war in Ukraine.',
        array[]::text[], 'https://kyivindependent.com/state-secretary-rubio-holds-phone-call-with-russias-lavrov/'),
    ('2025-02-15-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Restoring the work of the embassies, keeping regular contacts and preparing a summit.',
        array[]::text[], 'https://kyivindependent.com/state-secretary-rubio-holds-phone-call-with-russias-lavrov/'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'US', 'us-state-department',
        'Four points agreed: a consultation mechanism on "irritants" and on the functioning of the two countries'' missions; high-level teams to work on ending the war in Ukraine; groundwork for future cooperation; keeping in contact.',
        array['irritants'], 'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('2025-02-18-rubio-lavrov-meeting-riyadh', 'RUSSIA', 'russian-mfa',
        'Ambassadors and diplomatic missions, an economic dialogue, and preparation of a summit.',
        array[]::text[], 'https://english.aawsat.com/gulf/5113362-riyadh-meeting-paves-way-restoring-us-russian-ties'),
    ('2025-03-15-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'The US strikes on the Houthis; next steps after the meetings in Saudi Arabia; working towards restoring US–Russia communication.',
        array[]::text[], 'https://euromaidanpress.com/2025/03/16/rubio-lavrov-discuss-working-towards-restoring-us-russia-communication'),
    ('2025-03-15-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'An end to the use of force; carrying out the understandings reached in Riyadh.',
        array[]::text[], 'https://euromaidanpress.com/2025/03/16/rubio-lavrov-discuss-working-towards-restoring-us-russia-communication'),
    ('2025-03-15-rubio-lavrov-phone-call', 'RUSSIA', 'kremlin',
        'Russia and the US are discussing the next steps to end the war in Ukraine; Rubio and Lavrov reviewed concrete aspects of the understandings reached at last month''s bilateral summit and agreed to keep the dialogue open. The truce proposed by the US was not mentioned directly.',
        array['the next steps', 'concrete aspects'], '000_80a77a0d6fe2cb73.txt'),
    ('2025-04-17-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Rubio conveyed the same message he had given the Ukrainians and Europeans in Paris; the US had presented the outlines of a durable peace.',
        array[]::text[], 'https://www.hurriyetdailynews.com/lavrov-rubio-discuss-ukraine-following-peace-talks-in-paris-208195'),
    ('2025-04-17-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Rubio briefed Lavrov on the talks in Paris; Lavrov stressed the need to remove the "root causes" of the conflict.',
        array['root causes'], 'https://www.hurriyetdailynews.com/lavrov-rubio-discuss-ukraine-following-peace-talks-in-paris-208195'),
    ('2025-04-27-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Next steps after Steve Witkoff''s visit to Moscow on 25 April; the need to "end the war now".',
        array['end the war now'], 'https://www.themoscowtimes.com/2025/04/28/rubio-tells-russian-counterpart-time-to-end-senseless-war-us-a88898'),
    ('2025-04-27-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Consolidating the emerging prerequisites for talks.',
        array[]::text[], 'https://www.themoscowtimes.com/2025/04/28/rubio-tells-russian-counterpart-time-to-end-senseless-war-us-a88898'),
    ('2025-05-17-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Welcomed the prisoner-exchange deal reached in Istanbul on 16 May.',
        array[]::text[], 'https://tass.com/politics/1959577'),
    ('2025-05-17-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Lavrov noted the US "positive role" in getting Kyiv to the talks in Istanbul.',
        array['positive role'], 'https://tass.com/politics/1959577'),
    ('2025-05-28-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Welcomed the 1,000-for-1,000 prisoner exchange; called for good-faith dialogue.',
        array[]::text[], 'https://tass.com/politics/1965131'),
    ('2025-05-28-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Russian proposals for the next round of talks in Istanbul.',
        array[]::text[], 'https://tass.com/politics/1965131'),
    ('2025-06-01-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Continuing the direct Russia–Ukraine talks.',
        array[]::text[], 'https://unn.ua/en/news/rubio-and-lavrov-had-a-phone-conversation-before-the-negotiations-in-istanbul-details'),
    ('2025-06-01-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'The round of Russia–Ukraine talks in Istanbul on 2 June.',
        array[]::text[], 'https://unn.ua/en/news/rubio-and-lavrov-had-a-phone-conversation-before-the-negotiations-in-istanbul-details'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'RUSSIA', 'russian-mfa',
        'A "substantive and frank" discussion of Ukraine, Iran and Syria.',
        array['substantive and frank'], 'https://www.newslooks.com/rubio-lavrov-hold-talks-amid-ukraine-war-escalation'),
    ('2025-08-12-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Commitment to a successful summit (reported with medium confidence).',
        array[]::text[], 'https://tass.com/politics/2001413'),
    ('2025-08-12-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'Preparing the Russia–US summit in Alaska.',
        array[]::text[], 'https://tass.com/politics/2001413'),
    ('2025-09-24-rubio-lavrov-meeting-new-york', 'US', 'us-state-department',
        'Spokesperson Tommy Pigott: Moscow must take "meaningful steps".',
        array['meaningful steps'], 'https://sputnikglobe.com/20250924/highlights-of-lavrov-rubio-talks-on-unga-sidelines-1122848194.html'),
    ('2025-09-24-rubio-lavrov-meeting-new-york', 'RUSSIA', 'russian-mfa',
        'Sticking to the course agreed at the Alaska summit.',
        array[]::text[], 'https://sputnikglobe.com/20250924/highlights-of-lavrov-rubio-talks-on-unga-sidelines-1122848194.html'),
    ('2025-10-20-rubio-lavrov-phone-call', 'US', 'us-state-department',
        'Spokesperson Tommy Pigott: next steps after the Trump–Putin call of 16 October.',
        array[]::text[], 'https://en.interfax.com.ua/news/general/1114086.html'),
    ('2025-10-20-rubio-lavrov-phone-call', 'RUSSIA', 'russian-mfa',
        'A "constructive" call on preparing the summit in Budapest; a planned in-person meeting was later put on hold.',
        array['constructive'], 'https://en.interfax.com.ua/news/general/1114086.html')
) as v (event, side, issuer, summary, key_quotes, src);

-- =====================================================================================================
-- 9. Quotes (words in quotation marks in the seed reports, verbatim)
-- =====================================================================================================

insert into quote (event_id, speaker_actor_id, text, context, source_id)
select (select id from event where slug = v.event), (select id from actor where slug = v.speaker),
       v.text, v.context, (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('2025-03-15-rubio-lavrov-phone-call', 'tammy-bruce', 'next steps',
        'State Department spokeswoman Tammy Bruce on what Rubio and Lavrov discussed.',
        '004_fa362f7ea0feeb84.txt'),
    ('2025-04-27-rubio-lavrov-phone-call', 'tammy-bruce',
        'The United States is serious about facilitating the end of this senseless war',
        'State Department spokesperson Tammy Bruce, following the call.',
        '003_56f64484c723aef1.txt'),
    ('2025-04-27-rubio-lavrov-phone-call', 'russian-mfa', 'fruitful exchange of opinions',
        'The Russian Foreign Ministry''s characterisation of the talks, which omitted any reference to the war in Ukraine.',
        '003_56f64484c723aef1.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'russian-mfa',
        'An in-depth and honest exchange of opinions took place concerning the situation in Ukraine.',
        'Statement of Russia''s Foreign Ministry after the meeting.',
        '002_25fc6c82eb263419.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'marco-rubio',
        'It’s not a new strategy; it’s a new idea or concept that I will bring back to the president for discussion',
        'Rubio to reporters on what Lavrov had put forward.',
        '002_25fc6c82eb263419.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'marco-rubio',
        'automatically paves the way for peace, but it might open a door to a possible solution.',
        'Rubio said Lavrov''s idea was not a proposal that "automatically paves the way for peace, but it might open a door to a possible solution."',
        '002_25fc6c82eb263419.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'marco-rubio',
        'I reiterated the president’s sentiments, expressing both disappointment and frustration at the stagnation in progress',
        'Rubio on conveying President Trump''s displeasure about the war to Lavrov.',
        '002_25fc6c82eb263419.txt'),
    ('2025-03-15-starmer-virtual-leaders-meeting', 'keir-starmer', 'come to the table',
        'Starmer said he believed Putin would eventually have to "come to the table".',
        '004_fa362f7ea0feeb84.txt')
) as v (event, speaker, text, context, src);

-- =====================================================================================================
-- 10. Claims (reported assertions, with their status)
-- =====================================================================================================
-- The nine-hour wait is DISPUTED rather than DENIED: it is an unverified report, and the denial comes
-- from an interested party (President Trump), not from an independent confirmation that it is false.

insert into claim (event_id, text, status, disputed_by_actor_id, source_id)
select (select id from event where slug = v.event), v.text, v.status,
       (select id from actor where slug = v.disputed_by),
       (select id from source s where v.src in (s.seed_file, s.url))
from (values
    ('2025-03-15-rubio-lavrov-phone-call',
        'Rubio told Lavrov of the US military campaign against the Houthis in Yemen that had just begun (according to Reuters).',
        'REPORTED', null, '001_bed55c691b5d66ca.txt'),
    ('2025-03-15-rubio-lavrov-phone-call',
        'According to the Kremlin, Lavrov and Rubio agreed to keep the dialogue open.',
        'REPORTED', null, '000_80a77a0d6fe2cb73.txt'),
    ('2025-03-13-witkoff-putin-meeting-moscow',
        'US Special Envoy Steven Witkoff had to wait nine hours before meeting Putin in Moscow on the night of 13 March.',
        'DISPUTED', 'donald-trump', '001_bed55c691b5d66ca.txt'),
    ('2025-03-13-witkoff-putin-meeting-moscow',
        'According to President Trump, Witkoff had many meetings in Moscow, all arranged quickly and highly productive.',
        'REPORTED', null, '001_bed55c691b5d66ca.txt'),
    ('2025-03-15-us-strikes-on-houthis-yemen',
        'The first airstrikes killed at least 21 people on 15 March, according to the Houthis.',
        'REPORTED', null, '001_bed55c691b5d66ca.txt'),
    ('2025-04-27-rubio-lavrov-phone-call',
        'After the call, Kremlin officials declared readiness to begin peace negotiations without preconditions.',
        'REPORTED', null, '003_56f64484c723aef1.txt'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur',
        'The meeting came shortly after a second night of Russian attacks on Kyiv, which killed two people.',
        'REPORTED', null, '002_25fc6c82eb263419.txt'),
    ('2025-05-16-russia-ukraine-talks-istanbul',
        'Putin skipped the Istanbul negotiations; the Kremlin appointed Medinsky to lead the Russian delegation.',
        'REPORTED', null, '002_25fc6c82eb263419.txt'),
    ('2025-05-16-russia-ukraine-talks-istanbul',
        'The head of the Russian delegation said Moscow was satisfied with the results of the talks.',
        'REPORTED', null, 'https://www.anews.com.tr/world/2025/05/16/moscow-satisfied-with-results-of-peace-talks-in-istanbul-says-head-of-russian-delegation')
) as v (event, text, status, disputed_by, src);

-- =====================================================================================================
-- 11. Events ↔ proposals
-- =====================================================================================================

insert into event_proposal (event_id, proposal_id)
select (select id from event where slug = v.event), (select id from proposal where slug = v.proposal)
from (values
    ('2025-03-11-us-ukraine-talks-jeddah', '30-day-ceasefire'),
    ('2025-03-15-rubio-lavrov-phone-call', '30-day-ceasefire'),
    ('2025-03-15-starmer-virtual-leaders-meeting', '30-day-ceasefire'),
    ('2025-03-15-starmer-virtual-leaders-meeting', 'european-reassurance-force'),
    ('2025-04-27-rubio-lavrov-phone-call', 'russias-conditions-for-peace'),
    ('2025-07-10-rubio-lavrov-meeting-kuala-lumpur', 'lavrov-new-idea')
) as v (event, proposal);
