//! Data tables for the claim stage: sentences we wrote, with the expected
//! measure class, head, scope, attribution and certainty.

use super::*;

fn claims(text: &str, published: &str) -> Vec<Claim> {
    let a = Article::new("t", text)
        .outlet("Test Wire")
        .published(published)
        .unwrap_or_else(|e| panic!("{e}"));
    extract(&a).claims
}

fn find<'c>(cs: &'c [Claim], quote: &str) -> &'c Claim {
    cs.iter().find(|c| c.citation.quote == quote).unwrap_or_else(|| {
        let qs: Vec<&str> = cs.iter().map(|c| c.citation.quote.as_str()).collect();
        panic!("no claim {quote:?} in {qs:?}")
    })
}

#[test]
fn measure_table() {
    // (text, quote, class, head)
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "At least 40 people were killed in the blast.",
            "At least 40",
            Some("killed"),
            Some("people"),
        ),
        ("The quake killed 43 people.", "43", Some("killed"), Some("people")),
        ("Rescuers freed 18 hostages so far.", "18", Some("released"), Some("hostage")),
        ("The ministry counted 120 wounded civilians.", "120", Some("injured"), Some("civilian")),
        ("It was his fifth visit this year.", "fifth", Some("meeting"), Some("visit")),
        ("It is her sixth summit with the premier.", "sixth", Some("meeting"), Some("summit")),
        ("Talks on the second phase resume.", "second", Some("phase"), Some("phase")),
        ("Troops hold roughly half of Gaza.", "roughly half", Some("pct:gaza"), Some("gaza")),
        (
            "The town of 2.4 million people mourned.",
            "2.4 million",
            Some("population"),
            Some("people"),
        ),
        ("The ceasefire ended 15 months of war.", "15 months", Some("war"), Some("war")),
        // people at work are workers, as employees are
        (
            "About 300 people were working a night shift at the plant.",
            "About 300",
            Some("workers"),
            Some("people"),
        ),
        ("The firm said 312 employees had clocked in.", "312", Some("workers"), Some("employee")),
        // "a month-long X" measures X, as "a 30-day X" does
        (
            "The government has declared a month-long state of emergency.",
            "a month",
            Some("state"),
            Some("state"),
        ),
        // a winning margin, however written
        (
            "She crossed the line 58 seconds ahead of her rival.",
            "58 seconds",
            Some("margin"),
            Some("margin"),
        ),
        (
            "The Kenyan beat the champion by just under a minute.",
            "just under a minute",
            Some("margin"),
            Some("margin"),
        ),
        // what lasted, across an aside or a relative pronoun, not the
        // words after the duration
        (
            "The trial, which opened in March 2024, lasted 14 months and heard from 87 witnesses.",
            "14 months",
            Some("trial"),
            Some("trial"),
        ),
        (
            "The proceedings, which lasted more than a year, were broadcast live.",
            "more than a year",
            Some("trial"),
            Some("proceeding"),
        ),
        (
            "The fragile Lebanon ceasefire, agreed in November 2024, held.",
            "November 2024",
            Some("ceasefire"),
            Some("ceasefire"),
        ),
        ("The two leaders will meet on Monday in Paris.", "Monday", Some("meeting"), Some("meet")),
        ("The minister will depart on Sunday.", "Sunday", Some("travel"), Some("depart")),
        ("Phase two of the truce will begin in January.", "January", Some("phase"), Some("phase")),
        // an action after an aside dates the subject before it
        (
            "The vaccination campaign, brought forward by three days, will now begin on Friday.",
            "Friday",
            Some("campaign"),
            Some("campaign"),
        ),
        (
            "The campaign, which began on November 8, ends today.",
            "November 8",
            Some("campaign"),
            Some("campaign"),
        ),
        (
            "The ministry said it would start a two-week vaccination campaign on November 11.",
            "November 11",
            Some("campaign"),
            Some("campaign"),
        ),
        // an action does not outrank the event it acts on
        (
            "Workers rejected the pay offer and the union called a strike. \
             The strike ends at midnight on Thursday.",
            "midnight on Thursday",
            Some("walkout"),
            Some("strike"),
        ),
        // a relative clause's action dates its antecedent
        (
            "Nobody knows what caused the fire, which started on August 3.",
            "August 3",
            Some("fire"),
            Some("fire"),
        ),
        (
            "the second phase of October's ceasefire agreement",
            "October",
            Some("ceasefire"),
            Some("ceasefire"),
        ),
        // a tally's figure measures the verb's subject, not what follows
        (
            "The number of cholera cases has risen to 187, with nine deaths.",
            "187",
            Some("cases"),
            None,
        ),
        ("Deaths have risen to 11, with 240 cases.", "11", Some("killed"), None),
        // a passive verb names a figure with no noun
        (
            "Police said €11.5 million had been recovered.",
            "€11.5 million",
            Some("recovered"),
            Some("recovered"),
        ),
        // a level a figure changed from restates its measure
        (
            "In all, 300 homes were destroyed, up from 120 on Monday.",
            "120",
            Some("home"),
            Some("home"),
        ),
        (
            "The firm reported revenue of €4.87 billion on Thursday, up 6.2% from a year earlier.",
            "6.2%",
            Some("change:revenue"),
            Some("revenue"),
        ),
        // a number word opens another figure ("four years ago")
        (
            "Turnout was 62%, up from 57 percent four years ago.",
            "57 percent",
            Some("pct:turnout"),
            Some("turnout"),
        ),
        // a bare figure after one of its kind is a parallel figure
        (
            "Renewal had 34.6% of the vote, ahead of the Social Democrats on 27.9%.",
            "27.9%",
            Some("pct:votes"),
            Some("vote"),
        ),
        // a duration served in prison is a sentence, whatever follows
        (
            "He was jailed, aged 61, to 12 years in prison for taking bribes worth millions.",
            "12 years",
            Some("sentence"),
            Some("sentence"),
        ),
        // in a labour dispute a strike is a walkout (and not where
        // the article is about fighting)
        (
            "The union said pay talks failed and called a third strike; wages are frozen.",
            "third",
            Some("walkout"),
            Some("strike"),
        ),
        (
            "Drone and missile strikes killed 12 soldiers; it was the third strike.",
            "third",
            Some("attack"),
            Some("strike"),
        ),
        // trapped, rescued and recovered bodies are measures of their own
        ("The company said 47 miners had been trapped.", "47", Some("trapped"), Some("miner")),
        ("Rescuers said 21 were rescued alive.", "21", Some("rescued"), None),
        // the whole of a part names what it counts
        ("It won 144 of parliament's 300 seats.", "144", Some("seats"), Some("seat")),
        // an event of the time scope is not what a figure counts
        (
            "Rebels accused the army of 27 violations since the truce began.",
            "27",
            Some("violation"),
            Some("violation"),
        ),
        // a count of a noun is not a rate its clause goes on to name
        ("Nine lenders had raised mortgage rates.", "Nine", Some("lender"), Some("lender")),
        // a group among those counted is a part
        ("The foreman led a group of 11 men to a refuge.", "11", Some("part:people"), Some("men")),
        ("Their work is why 41 men are alive.", "41", Some("rescued"), Some("men")),
        // an aside between commas does not end the clause
        (
            "The union said 52 workers, including contract staff, had been caught underground.",
            "52",
            Some("trapped"),
            Some("worker"),
        ),
        // a reduced relative tells what happened before; the main verb,
        // what the figure counts
        (
            "It means 34 of the 47 men trapped by the collapse have been brought out alive.",
            "34",
            Some("rescued"),
            Some("men"),
        ),
        (
            "Twelve people killed in the attack were buried on Friday.",
            "Twelve",
            Some("killed"),
            Some("people"),
        ),
        ("Three bodies had been recovered.", "Three", Some("killed"), Some("body")),
        // a share of a state of progress
        ("The fire was only 10% contained.", "10%", Some("pct:contained"), Some("contained")),
        // a possessor is not the head of what a share is of
        ("The mine produces a third of Vostria's coal.", "a third", Some("pct:coal"), Some("coal")),
        // a metric across an apposition's comma
        (
            "Annual inflation, at 3.2 percent in August, is still high.",
            "3.2 percent",
            Some("pct:inflation"),
            Some("inflation"),
        ),
        // a metric named inside the figure's own phrase
        ("The union wants a 9% pay rise.", "9%", Some("pct:wage"), Some("wage")),
        // a percent change of what is itself a rate is that rate; a
        // change in points stays a change
        ("Consumer prices rose 3.2% in August.", "3.2%", Some("pct:inflation"), Some("inflation")),
        (
            "Inflation rose 0.3 percentage points in August.",
            "0.3 percentage points",
            Some("change:inflation"),
            Some("inflation"),
        ),
        ("Net profit rose 12% in the quarter.", "12%", Some("change:profit"), Some("profit")),
        // casting a ballot is turning out
        (
            "Nearly 62 percent of eligible voters cast a ballot.",
            "Nearly 62 percent",
            Some("pct:turnout"),
            Some("turnout"),
        ),
        // a word a metric names, even one an event class claims first
        ("Renewal had 34.6% of the vote.", "34.6%", Some("pct:votes"), Some("vote")),
        // a birthday is an age; a count turned away is not
        ("Sandor, who turned 61 in June, said so.", "61", Some("age"), Some("age")),
        (
            "The hospital turned 12 patients to other clinics.",
            "12",
            Some("patient"),
            Some("patient"),
        ),
        // a bare duration given or asked for in court is a sentence
        ("His deputy received six years.", "six years", Some("sentence"), Some("sentence")),
        (
            "Prosecutors had sought 15 years, the court heard.",
            "15 years",
            Some("sentence"),
            Some("sentence"),
        ),
        ("They were given six years to repay the loan.", "six years", Some("loan"), Some("loan")),
        // what a count of people is, from the words around it
        (
            "Karsk, a town of about 24,000 people, waited.",
            "about 24,000",
            Some("population"),
            Some("people"),
        ),
        ("The mine employs about 1,900 people.", "about 1,900", Some("jobs"), Some("people")),
        ("The rally drew about 3,000 people.", "about 3,000", Some("attendance"), Some("people")),
        ("The union said 8,000 people had attended.", "8,000", Some("attendance"), Some("people")),
        // a part of a count is not the count; a count out of a whole is
        ("The town alone accounts for 212 of the dead.", "212", Some("part:killed"), Some("dead")),
        ("Projections gave the party 142 of the 300 seats.", "142", Some("seats"), Some("seat")),
        // a sum of money is never a toll, whatever is dead around it
        (
            "Each family of a dead miner would receive 50,000 euros.",
            "50,000 euros",
            Some("cost"),
            None,
        ),
        // "-es" plurals after a sibilant lose it
        ("The court heard from 87 witnesses.", "87", Some("witness"), Some("witness")),
        // conventions of news prose when no noun names the figure
        ("Mayor Oduya, 58, said the town would rebuild.", "58", Some("age"), Some("age")),
        ("Mayor Oduya (58) said the town would rebuild.", "58", Some("age"), Some("age")),
        (
            "The runner-up, a 27-year-old from Eldoret, cried.",
            "27-year-old",
            Some("age"),
            Some("age"),
        ),
        // an age however it is written, whatever the clause is about
        (
            "The driver, who was 29 years old, died at the scene.",
            "29 years old",
            Some("age"),
            Some("age"),
        ),
        ("The victim, aged 29, was a teacher.", "29", Some("age"), Some("age")),
        ("The writer died at age 87.", "87", Some("age"), Some("age")),
        ("She died at the age of 91 in Lyon.", "91", Some("age"), Some("age")),
        ("A girl 3 years of age was hurt.", "3 years of age", Some("age"), Some("age")),
        // time served is no age
        ("He served 29 years in prison.", "29 years", Some("sentence"), Some("sentence")),
        ("Okafor finished third in the final.", "third", Some("placing"), Some("finished")),
        ("The blaze broke out on Tuesday.", "Tuesday", Some("disaster"), Some("blaze")),
        ("The bridge was shut for two weeks.", "two weeks", Some("bridge"), Some("bridge")),
        // how far a count has gone is no share of the vote; the bare share
        // after it takes the metric its sentence opened with
        (
            "With 92% of ballots counted, the Greens had 12% of the vote.",
            "92%",
            Some("pct:counted"),
            Some("counted"),
        ),
        (
            "With 90% of votes counted on Monday, the ruling party was on 41.2%.",
            "41.2%",
            Some("pct:votes"),
            Some("votes"),
        ),
        // a superlative's "since" names a precedent, not this event's date
        (
            "It was the worst fire in the province since 2017.",
            "since 2017",
            Some("precedent"),
            None,
        ),
        // people who spent the night somewhere spent no money
        (
            "Some 18,000 people spent Sunday night in tents.",
            "Some 18,000",
            Some("displaced"),
            Some("people"),
        ),
        // an area in a sentence that says something burned is the burned area
        (
            "The fire had burned 1,800 hectares of pine forest.",
            "1,800 hectares",
            Some("burned"),
            Some("forest"),
        ),
        (
            "The service put the burned area at 6,950 hectares.",
            "6,950 hectares",
            Some("burned"),
            None,
        ),
        (
            "The park covers 1,800 hectares of pine forest.",
            "1,800 hectares",
            Some("forest"),
            Some("forest"),
        ),
        // in a labour dispute, the percentage offered or claimed is pay
        (
            "Union members went on strike over pay; the company said its 4.5% offer was fair.",
            "4.5%",
            Some("pct:wage"),
            Some("offer"),
        ),
        (
            "Union members went on strike over pay; their claim of 9% over two years stands.",
            "9%",
            Some("pct:wage"),
            Some("claim"),
        ),
        // a linking verb after the counted noun opens the predicate
        (
            "The association's figure of 1.5 million households looks more realistic.",
            "1.5 million",
            Some("household"),
            Some("household"),
        ),
        // a possessed figure takes the measure of the figure before it
        (
            "The institute stood by its magnitude of 6.8 and said the centre's 7.1 was wrong.",
            "7.1",
            Some("magnitude"),
            None,
        ),
        // a time of day is no topic; a tunnel that gave way is an accident
        (
            "A section of the tunnel gave way before dawn on Tuesday.",
            "Tuesday",
            Some("accident"),
            Some("gave"),
        ),
        // the nth of a tally that only grows is a count of that tally
        (
            "Police arrested a third suspect on Wednesday.",
            "third",
            Some("arrested"),
            Some("suspect"),
        ),
        // a sum is named by what was done with it, not by being money
        (
            "Authorities have so far recovered €9 million of the money.",
            "€9 million",
            Some("recovered"),
            Some("recovered"),
        ),
        // a count of places is not a count of the people an event touched
        (
            "It forced 2,300 people from their homes in four villages.",
            "four",
            Some("settlement"),
            Some("village"),
        ),
        // an increment is not the total it adds to
        (
            "Another 800 people were evacuated overnight.",
            "800",
            Some("added:displaced"),
            Some("people"),
        ),
        (
            "They were moved after the evacuation of two more villages.",
            "two",
            Some("added:settlement"),
            Some("village"),
        ),
        // a target is not the level it is set for
        (
            "Inflation is still above the bank's 2% target.",
            "2%",
            Some("pct:target"),
            Some("target"),
        ),
        (
            "It is well above the two percent goal.",
            "two percent",
            Some("pct:target"),
            Some("target"),
        ),
        // mortgage rates and market probabilities are metrics of their own
        (
            "The average two-year fixed mortgage rate rose to 6.1 percent.",
            "6.1 percent",
            Some("pct:mortgage_rate"),
            Some("mortgage_rate"),
        ),
        (
            "Markets priced in a 60 percent chance of another increase.",
            "60 percent",
            Some("pct:probability"),
            Some("probability"),
        ),
        // a part of a toll is marked; four of the lenders are four lenders
        (
            "Four of the country's largest lenders passed on the rise.",
            "Four",
            Some("lender"),
            Some("lender"),
        ),
        // "nine of them": a count named by its verb, not a part of "them"
        ("Rescuers had brought nine of them to the surface.", "nine", Some("rescued"), None),
        // a hyphenated compound's function words stay inside the phrase
        ("There are now 12 search-and-rescue teams.", "12", Some("rescued"), Some("team")),
        // "870 of which": a part of the figure before it
        (
            "A survey found 4,120 damaged buildings, 870 of which have collapsed.",
            "870",
            Some("part:home"),
            Some("building"),
        ),
    ];
    for (text, quote, class, head) in cases {
        let cs = claims(text, "2025-12-27");
        let c = find(&cs, quote);
        assert_eq!(
            c.measure.class.as_deref(),
            *class,
            "class of {quote:?} in {text:?}: {:?}",
            c.measure
        );
        assert_eq!(
            c.measure.head.as_deref(),
            *head,
            "head of {quote:?} in {text:?}: {:?}",
            c.measure
        );
    }
}

#[test]
fn scope_table() {
    let cs = claims("It will be her fifth visit to see him in the US this year.", "2025-12-27");
    let c = find(&cs, "fifth");
    assert_eq!(c.scope.time.as_deref(), Some("this year"));
    assert_eq!(c.scope.time_key.as_deref(), Some("year:2025"));
    // and a date claim of its own: another outlet may state the period
    // apart from any figure
    let year = find(&cs, "this year");
    assert_eq!(year.value.to_string(), "2025");

    let cs = claims("It is his sixth summit with her in the past year.", "2025-12-28");
    assert_eq!(find(&cs, "sixth").scope.time_key.as_deref(), Some("past:year"));

    let cs = claims(
        "Since the ceasefire began, more than 400 people have been killed in Gaza.",
        "2025-12-28",
    );
    let c = find(&cs, "more than 400");
    assert_eq!(c.scope.time_key.as_deref(), Some("since:ceasefire"));
    assert!(c.scope.running);
    assert_eq!(c.scope.places, ["Gaza"]);
    assert_eq!(c.measure.class.as_deref(), Some("killed"));

    // a past disaster's toll is closed and stated as of that disaster
    let cs = claims(
        "The region was last hit in 1987, when a tremor killed 143 people. Today 40 died.",
        "2026-04-12",
    );
    let past = find(&cs, "143");
    assert!(!past.scope.running);
    assert_eq!(past.scope.time_key.as_deref(), Some("year:1987"));
    assert_eq!(past.as_of.map(|d| d.to_string()).as_deref(), Some("1987-12-31"));
    assert!(find(&cs, "40").scope.running);

    // so is a precedent's: "the deadliest since 2013, when 23 died"; and a
    // superlative's "since" scopes nothing ("the highest since 2009")
    let cs = claims(
        "It is the deadliest disaster since 2013, when 23 workers died. Turnout was 62.0%, \
         the highest since 2009.",
        "2025-03-07",
    );
    let past = find(&cs, "23");
    assert!(!past.scope.running);
    assert_eq!(past.scope.time_key.as_deref(), Some("year:2013"));
    assert_eq!(past.as_of.map(|d| d.to_string()).as_deref(), Some("2013-01-01"));
    assert_eq!(find(&cs, "62.0%").scope.time, None);

    // a past date right after a figure, in its clause, dates it
    let cs =
        claims("Turnout was 61.8%, up from 57.3% at the previous election in 2021.", "2025-10-20");
    let past = find(&cs, "57.3%");
    assert_eq!(past.scope.time_key.as_deref(), Some("year:2021"));
    assert_eq!(past.as_of.map(|d| d.to_string()).as_deref(), Some("2021-12-31"));
    assert_eq!(find(&cs, "61.8%").as_of.map(|d| d.to_string()).as_deref(), Some("2025-10-20"));

    // the figure a correction replaces is an earlier level of the same
    // measure, stated the day before the correction
    let cs = claims(
        "The statistics office now says consumer prices rose 3.4% in August, not the 3.2% of \
         its flash estimate.",
        "2026-09-22",
    );
    let (now, was) = (find(&cs, "3.4%"), find(&cs, "3.2%"));
    assert!(was.scope.earlier && !now.scope.earlier);
    assert_eq!(was.measure.class, now.measure.class);
    assert_eq!(was.as_of.map(|d| d.to_string()).as_deref(), Some("2026-09-21"));

    // "had burned 1,800 hectares … by Monday morning": a running count as
    // of that Monday, whenever the article quoting it was published
    let cs = claims(
        "The first report read: \"The fire had burned 1,800 hectares of forest by Monday morning.\"",
        "2025-08-08",
    );
    let burned = find(&cs, "1,800 hectares");
    assert!(burned.scope.running);
    assert_eq!(burned.as_of.map(|d| d.to_string()).as_deref(), Some("2025-08-04"));

    // a day the sentence opens with dates its figures, and a bare figure
    // continuing it in the next sentence ("measured 8,400") too; a plan
    // for a later day counts nothing yet
    let cs = claims(
        "On Wednesday the fire service put the burned area at 7,000 hectares. The satellite \
         service measured 8,400. Some 4,500 people are out of their homes.",
        "2025-08-08",
    );
    let day = |q: &str| find(&cs, q).as_of.map(|d| d.to_string());
    assert_eq!(day("7,000 hectares").as_deref(), Some("2025-08-06"));
    assert_eq!(day("8,400").as_deref(), Some("2025-08-06"));
    assert_eq!(day("Some 4,500").as_deref(), Some("2025-08-08"));
    let cs = claims("On Saturday, 5,000 people are expected to march.", "2025-08-08");
    assert_eq!(find(&cs, "5,000").as_of.map(|d| d.to_string()).as_deref(), Some("2025-08-08"));

    // a figure of the extreme member of a set is qualified by the
    // superlative
    let cs = claims(
        "More than 40 aftershocks had been recorded, the strongest of magnitude 5.2.",
        "2026-04-12",
    );
    assert_eq!(find(&cs, "5.2").measure.qualifiers, ["strongest"]);
    assert!(find(&cs, "More than 40").measure.qualifiers.is_empty());

    // a count up to a time is a running count; a target is not
    let cs = claims("Nine lenders had raised rates by Friday morning.", "2026-09-19");
    assert!(find(&cs, "Nine").scope.running);
    let cs = claims("Nine lenders will raise rates by 2030.", "2026-09-19");
    assert!(!find(&cs, "Nine").scope.running);

    // containment only grows as crews work: a running figure
    let cs = claims("By Wednesday the fire was 55% contained.", "2025-08-06");
    assert!(find(&cs, "55%").scope.running);

    // an outbreak's cases only grow: a running total
    let cs = claims("Cholera cases in the district have reached 240.", "2024-11-14");
    assert!(find(&cs, "240").scope.running);
}

#[test]
fn attribution_table() {
    // (text, quote, source, kind, agency)
    let cases: &[(&str, &str, &str, SourceKind, Option<&str>)] = &[
        (
            "At least 40 people died, according to the health ministry.",
            "At least 40",
            "the health ministry",
            SourceKind::Official,
            None,
        ),
        ("The army said 12 soldiers were wounded.", "12", "The army", SourceKind::Official, None),
        // a say verb across a semicolon belongs to another clause
        (
            "Seven lenders had raised rates by Friday; two banks told the paper they had not.",
            "Seven",
            "Test Wire",
            SourceKind::Article,
            None,
        ),
        // a say word used as a noun ("claims of", "the reports") names no
        // sayer
        (
            "The ministry says 40% joined Wednesday's walkout, contradicting union claims of support.",
            "Wednesday",
            "The ministry",
            SourceKind::Official,
            None,
        ),
        // a passive verb of saying names what is said, not who says it
        (
            "The outbreak has sickened 112 people since it was confirmed, the ministry said.",
            "112",
            "the ministry",
            SourceKind::Official,
            None,
        ),
        (
            "In the capital, 54 cases have been confirmed by the health ministry.",
            "54",
            "the health ministry",
            SourceKind::Official,
            None,
        ),
        (
            "He will fly out on Sunday, an Israeli official told AFP.",
            "Sunday",
            "an Israeli official",
            SourceKind::Anonymous,
            Some("AFP"),
        ),
        (
            "The leader will arrive on Monday, the paper reports, citing Reuters.",
            "Monday",
            "the paper",
            SourceKind::Outlet,
            Some("Reuters"),
        ),
        (
            "On Friday, news outlet Axios reported that the talks mattered.",
            "Friday",
            "news outlet Axios",
            SourceKind::Outlet,
            None,
        ),
        ("Some 30 homes burned.", "Some 30", "Test Wire", SourceKind::Article, None),
        (
            "\"We lost 300 homes,\" Mayor Jane Ruiz said.",
            "300",
            "Mayor Jane Ruiz",
            SourceKind::Official,
            None,
        ),
        ("\"We lost 300 homes,\" Jane Ruiz said.", "300", "Jane Ruiz", SourceKind::Person, None),
        (
            "Governor Ana Ode, who declared a day of mourning, said 40 people died.",
            "40",
            "Governor Ana Ode",
            SourceKind::Official,
            None,
        ),
        // "which" too, across a figure in the relative clause
        (
            "The miners' union, which had insisted that 52 were trapped, said on Sunday that \
             the contractors it had counted were safe.",
            "Sunday",
            "The miners' union",
            SourceKind::Other,
            None,
        ),
        // a statement still to come attributes nothing said so far
        (
            "Mayor Jane Ruiz said an inquiry would report within 30 days.",
            "within 30 days",
            "Mayor Jane Ruiz",
            SourceKind::Official,
            None,
        ),
        (
            "The inquiry will report within 30 days, her office said.",
            "within 30 days",
            "her office",
            SourceKind::Official,
            None,
        ),
        // auxiliaries and adverbs beside the verb are not the sayer
        ("The union still puts the number at 52.", "52", "The union", SourceKind::Other, None),
        (
            "The ministry has now confirmed 41 deaths.",
            "41",
            "The ministry",
            SourceKind::Official,
            None,
        ),
        (
            "The union, which had insisted that 52 were trapped, was wrong.",
            "52",
            "The union",
            SourceKind::Other,
            None,
        ),
        // a subject with an apposition: the whole of it
        (
            "Its director, Emil Radu, said the toll stood at 212.",
            "212",
            "Its director, Emil Radu",
            SourceKind::Person,
            None,
        ),
        (
            "The Global Seismic Centre, a network of stations, measured it at magnitude 7.1.",
            "7.1",
            "The Global Seismic Centre",
            SourceKind::Person,
            None,
        ),
        // a day opening the sentence is not part of the sayer
        (
            "On Wednesday the fire service put the burned area at 7,000 hectares.",
            "7,000 hectares",
            "the fire service",
            SourceKind::Other,
            None,
        ),
        // what measured a figure is its source; a quake that measured
        // 6.1 is not
        (
            "The quake measured 6.1 on the Richter scale.",
            "6.1",
            "Test Wire",
            SourceKind::Article,
            None,
        ),
        // whose figure it is: "the centre's 7.1"
        (
            "Officials doubt the international centre's 7.1 reading.",
            "7.1",
            "the international centre",
            SourceKind::Other,
            None,
        ),
        // the owner of an estimate owns its figure, a plural possessive too
        (
            "The bankers' association's figure of 1.5 million households looks high.",
            "1.5 million",
            "The bankers' association",
            SourceKind::Other,
            None,
        ),
        ("The flood destroyed Velmar's 300 homes.", "300", "Test Wire", SourceKind::Article, None),
        // "by" a time names no sayer
        (
            "More than 40 aftershocks had been recorded by early afternoon.",
            "More than 40",
            "Test Wire",
            SourceKind::Article,
            None,
        ),
    ];
    for (text, quote, source, kind, agency) in cases {
        let cs = claims(text, "2025-12-27");
        let c = find(&cs, quote);
        assert_eq!(c.attribution.source, *source, "{text:?}");
        assert_eq!(c.attribution.kind, *kind, "{text:?}");
        assert_eq!(c.attribution.agency.as_deref(), *agency, "{text:?}");
    }
}

#[test]
fn certainty_table() {
    let cases: &[(&str, &str, Modality, bool)] = &[
        ("Hamas is to free 33 hostages.", "33", Modality::Planned, false),
        ("Israel is supposed to withdraw 5,000 troops.", "5,000", Modality::Planned, false),
        ("Up to 50 people were reportedly killed.", "Up to 50", Modality::Reported, false),
        ("The storm could displace 10,000 people.", "10,000", Modality::Possible, false),
        ("An estimated 2,000 people fled.", "An estimated 2,000", Modality::Estimated, false),
        ("Police arrested 12 people.", "12", Modality::Asserted, false),
        ("The army has not returned 3 bodies.", "3", Modality::Asserted, true),
    ];
    for (text, quote, modality, negated) in cases {
        let cs = claims(text, "2025-12-27");
        let c = find(&cs, quote);
        assert_eq!(c.certainty.modality, *modality, "{text:?}: {:?}", c.certainty);
        assert_eq!(c.certainty.negated, *negated, "{text:?}");
    }
}

#[test]
fn a_tally_is_dated_by_the_day_it_names() {
    let cs = claims("The death toll rose to 43 on Tuesday, the ministry said.", "2026-03-12");
    let c = find(&cs, "43");
    assert_eq!(c.as_of.map(|d| d.to_string()).as_deref(), Some("2026-03-10"));
    // the day is a date claim too
    assert_eq!(find(&cs, "Tuesday").value.to_string(), "2026-03-10");
    let cs = claims("Police said 40 people were killed on Monday.", "2026-03-12");
    assert_eq!(find(&cs, "40").as_of.map(|d| d.to_string()).as_deref(), Some("2026-03-12"));
    assert!(cs.iter().any(|c| c.citation.quote == "Monday"), "an event date is a claim");
    // a figure of a period long past is as of the period's end
    let cs = claims(
        "He pocketed €38.6 million in kickbacks between 2016 and 2022 in exchange for contracts.",
        "2025-05-22",
    );
    let c = find(&cs, "€38.6 million");
    assert_eq!(c.as_of.map(|d| d.to_string()).as_deref(), Some("2022-12-31"));
    assert_eq!(c.scope.time.as_deref(), Some("between 2016 and 2022"));
}

#[test]
fn non_claims_are_listed_with_reasons() {
    let text = "Sign up for our newsletter, 2 issues a week\n\nThe army said 40 died. A tank in Gaza © 2025 Jane Doe/AFP\n\nNews.Az";
    let a = Article::new("t", text).published("2025-12-27").unwrap_or_else(|e| panic!("{e}"));
    let r = extract(&a);
    let quotes: Vec<&str> = r.claims.iter().map(|c| c.citation.quote.as_str()).collect();
    assert_eq!(quotes, ["40"]);
    assert_eq!(r.claims[0].section, Section::Caption);
    let reasons: Vec<&str> = r.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(reasons.iter().any(|r| r.contains("boilerplate")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("credit")), "{reasons:?}");
    // list numbering is left out, with its reason, in text order
    let text = "1. Police said 40 people died.\n2. The mayor said 12 homes burned.";
    let a = Article::new("t", text).published("2025-12-27").unwrap_or_else(|e| panic!("{e}"));
    let r = extract(&a);
    let quotes: Vec<&str> = r.claims.iter().map(|c| c.citation.quote.as_str()).collect();
    assert_eq!(quotes, ["40", "12"]);
    let skipped: Vec<(&str, &str)> =
        r.skipped.iter().map(|s| (s.quote.as_str(), s.reason.as_str())).collect();
    assert_eq!(skipped, [("1", "list numbering"), ("2", "list numbering")]);
}

#[test]
fn citations_are_exact() {
    let text = "Netanyahu’s “fifth” visit — on Monday — drew 1,000 protesters; €5m was spent.";
    let a = Article::new("t", text).published("2025-12-27").unwrap_or_else(|e| panic!("{e}"));
    for c in extract(&a).claims {
        assert_eq!(&text[c.citation.span], c.citation.quote);
        assert_eq!(&text[c.citation.sentence_span], c.citation.sentence);
    }
}

#[test]
fn a_parallel_figure_keeps_the_measure_but_names_its_own_subject() {
    let cs = claims(
        "With 92% of ballots counted, the Greens had 34.6% of the vote, ahead of the Liberals \
         on 27.9%, the electoral commission said.",
        "2025-10-20",
    );
    let greens = find(&cs, "34.6%");
    let liberals = find(&cs, "27.9%");
    assert_eq!(greens.measure.class.as_deref(), Some("pct:votes"));
    assert_eq!(liberals.measure.class.as_deref(), Some("pct:votes"));
    assert_eq!(greens.measure.subject.as_deref(), Some("greens"));
    assert_eq!(liberals.measure.subject.as_deref(), Some("liberals"));
    // the ballots counted are no source
    for c in &cs {
        assert_eq!(c.attribution.source, "the electoral commission", "{:?}", c.citation.quote);
    }
}

#[test]
fn a_second_before_a_noun_is_the_ordinal() {
    let cs = claims("A second round of talks opens on Thursday.", "2026-01-14");
    let c = find(&cs, "second");
    assert!(matches!(&c.value, Value::Number(q) if q.kind == NumberKind::Ordinal), "{c:?}");
    assert_eq!(c.measure.class.as_deref(), Some("phase"));
    for text in ["He paused for a second before answering.", "It took a second to explode."] {
        let cs = claims(text, "2026-01-14");
        let c = find(&cs, "a second");
        assert!(matches!(&c.value, Value::Time(TimeValue::Duration(_))), "{text}: {c:?}");
    }
}

#[test]
fn a_subject_is_found_across_a_participial_apposition() {
    let cs = claims("The Liberals, led by Ana Kovac, are set to win 11 seats.", "2025-10-21");
    assert_eq!(find(&cs, "11").measure.subject.as_deref(), Some("liberals"));
    // a comma that closes something else still ends the search
    let cs =
        claims("After a long count in Arden, officials said 11 seats changed hands.", "2025-10-21");
    assert_eq!(find(&cs, "11").measure.subject, None);
}

#[test]
fn a_figure_in_apposition_to_a_name_is_an_age() {
    let cs = claims(
        "Police arrested the owner, Tariq Haddad, 52, on Friday. Officials said 54 workers were hurt.",
        "2025-03-07",
    );
    let age = find(&cs, "52");
    assert_eq!(age.measure.class.as_deref(), Some("age"));
    assert_eq!(age.measure.subject.as_deref(), Some("haddad"));
    assert!(!age.scope.running);
    let hurt = find(&cs, "54");
    assert_ne!(hurt.measure.class.as_deref(), Some("age"));
}

#[test]
fn a_bare_figure_takes_the_measure_and_unit_of_the_one_before() {
    let cs = claims(
        "The fire service put the burned area at 6,950 hectares. Working from satellite \
         images, the EU mapping service measured 8,400. The union puts its count of the \
         dead at 40. Officials put that number at 35.",
        "2025-08-07",
    );
    let service = find(&cs, "6,950 hectares");
    let satellite = find(&cs, "8,400");
    assert_eq!(satellite.measure.class, service.measure.class);
    let Value::Number(q) = &satellite.value else { panic!("not a number: {satellite:?}") };
    assert_eq!(q.kind, NumberKind::Measure);
    assert_eq!(q.unit.as_ref().map(|u| u.to_string()), Some("ha".to_owned()));
    // "that number" is the number of the sentence before
    assert_eq!(find(&cs, "35").measure.class.as_deref(), Some("killed"));
    assert_eq!(find(&cs, "40").measure.class.as_deref(), Some("killed"));
}

#[test]
fn a_bare_figure_before_more_words_is_not_elliptic() {
    // "All four" is followed by its verb: no measure is taken from before
    let cs = claims("Three of them were aged 19. All four were charged.", "2025-08-07");
    assert_ne!(find(&cs, "four").measure.class.as_deref(), Some("age"));
}

#[test]
fn a_fronted_place_qualifies_the_figures_of_its_sentence() {
    let cs = claims(
        "In Sefa City itself, 54 cases have been confirmed. Nationwide, 240 cases were \
         recorded. In March, 12 cases were recorded.",
        "2024-11-08",
    );
    assert!(find(&cs, "54").measure.qualifiers.contains(&"Sefa City".to_owned()));
    assert!(find(&cs, "240").measure.qualifiers.contains(&"nationwide".to_owned()));
    assert!(find(&cs, "12").measure.qualifiers.is_empty(), "{:?}", find(&cs, "12").measure);
}

#[test]
fn a_tally_is_two_counts_and_keeps_its_day() {
    // "won 3-1 on Sunday" is no clock range from 3 to 1; the day stays
    let cs = claims("Arsenal won 3-1 on Sunday. The board voted 7-2 to approve it.", "2026-09-15");
    let quotes: Vec<&str> = cs.iter().map(|c| c.citation.quote.as_str()).collect();
    assert_eq!(quotes, ["3", "1", "Sunday", "7", "2"], "{cs:#?}");
    let winner = find(&cs, "3");
    assert_eq!(winner.measure.class.as_deref(), Some("score"));
    assert_eq!(winner.measure.qualifiers, ["winner"]);
    assert_eq!(find(&cs, "1").measure.qualifiers, ["loser"]);
    assert_eq!(find(&cs, "7").measure.qualifiers, ["for"]);
    assert_eq!(find(&cs, "2").measure.class.as_deref(), Some("vote"));
    match &find(&cs, "Sunday").value {
        Value::Time(t) => assert_eq!(t.days(), Date::new(2026, 9, 13).map(|d| (Some(d), Some(d)))),
        v => panic!("{v:?}"),
    }
}

#[test]
fn a_figure_knows_where_its_time_scope_or_period_is_written() {
    let text = "The union wants a 9% pay rise over two years. Turnout was 57.3% in 2021. \
                Prices rose 3% on Monday, the agency said.";
    let cs = claims(text, "2025-10-20");
    let span_of = |quote: &str| find(&cs, quote).scope.time_span.and_then(|s| s.get(text));
    assert_eq!(span_of("9%"), Some("over two years"));
    assert_eq!(span_of("57.3%"), Some("2021"));
    // with no scope, the date that dates the figure
    assert_eq!(span_of("3%"), Some("Monday"));
}

#[test]
fn a_pay_figure_in_a_dispute_says_whose_stance_it_is() {
    // what the workers claim and what the employer offers are two
    // figures of one pay rise
    let text = "Drivers will strike on Monday. The union is demanding a 9% pay rise; the \
                company has offered 4.5%. The union's claim of 9% stands, while the employer \
                raised its offer to 5.5% on Friday. Talks on the 5.5% offer resume next week.";
    let cs = claims(text, "2026-03-06");
    let head = |quote: &str, nth: usize| {
        let c = cs.iter().filter(|c| c.citation.quote == quote).nth(nth);
        c.and_then(|c| c.measure.head.clone()).unwrap_or_default()
    };
    assert_eq!(head("9%", 0), "claim", "{cs:#?}");
    assert_eq!(head("4.5%", 0), "offer");
    assert_eq!(head("9%", 1), "claim");
    assert_eq!(head("5.5%", 0), "offer");
    assert_eq!(head("5.5%", 1), "offer");
    for c in cs.iter().filter(|c| c.citation.quote.ends_with('%')) {
        assert_eq!(c.measure.class.as_deref(), Some("pct:wage"), "{c:#?}");
    }
}

#[test]
fn an_object_name_is_not_the_figure_s_subject() {
    // "won the Lakeside Open for the third time": Haddad's third win
    let cs = claims("Amira Haddad has won the Lakeside Open for the third time.", "2025-06-01");
    assert_eq!(find(&cs, "third").measure.subject.as_deref(), Some("haddad"), "{cs:#?}");
    // a name right before the figure owns it ("gave the Greens 12%")
    let cs = claims("Final results gave the Greens 12% of the vote.", "2025-06-01");
    assert_eq!(find(&cs, "12%").measure.subject.as_deref(), Some("greens"), "{cs:#?}");
}
