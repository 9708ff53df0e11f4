// Constructions of the apology components and constructive markers: for each,
// a positive and at least one hard negative (the other person as subject,
// negation, a condition, reported speech, a push, a routine chore...). All in
// our own wording, none copied from a labelled set.

import { checkCases, type LabelCase } from "../../test/support/coach-constructions.ts";

const CASES: Record<string, LabelCase[]> = {
  "regret: a sorry for the other's feeling caused by 'it' is not regret": [
    { text: "I'm so sorry I shouted at the kids' party.", has: ["regret"] },
    { text: "sorry it got to you so much", not: ["regret"] },
    { text: "I regret that the whole business upset you.", not: ["regret"] },
    { text: "I'm sorry that my being away was hard on you.", not: ["regret"] },
  ],
  "regret: a condition before the apology": [
    { text: "If I could take it back, I would, I'm so sorry.", has: ["regret"] },
    { text: "If I'm honest, I'm sorry I lied about the loan.", has: ["regret"] },
    { text: "Well, if my joke bothered anyone, then sorry.", not: ["regret"] },
    { text: "To the extent my tone upset people, I apologise.", not: ["regret"] },
  ],
  "regret: sarcasm and someone else's apology": [
    { text: "Oh I'm soooo sorry I didn't ask your permission first.", not: ["regret"] },
    { text: "Sorry for breathing, I guess.", not: ["regret"] },
    { text: "Grandad says he's really sorry about the party.", not: ["regret"] },
    { text: "I told him I was sorry and he hung up.", not: ["regret"] },
    { text: "Sorry, babe.", has: ["regret"] },
  ],
  "regret: gutted / angry at myself / wish I'd never / apologies for": [
    { text: "gutted i forgot our anniversary", has: ["regret"] },
    { text: "I'm furious with myself for lying to you.", has: ["regret"] },
    { text: "I wish I'd never opened that account.", has: ["regret"] },
    { text: "Apologies for snapping at you in the meeting.", has: ["regret"] },
    { text: "Apologies for the late reply, busy day.", not: ["regret"] },
    { text: "I'm gutted for you, that sounds rough.", not: ["regret"] },
    { text: "I'm so ashamed of you.", not: ["regret"] },
  ],
  "responsibility: the way I ... was wrong": [
    { text: "How I spoke to you at dinner was cruel.", has: ["responsibility"] },
    { text: "The way you spoke to me at dinner was cruel.", not: ["responsibility"] },
  ],
  "responsibility: wasn't okay / wasn't fair on you": [
    { text: "It wasn't fair on you, and I know that.", has: ["responsibility"] },
    { text: "It wasn't fair that my manager kept me late.", not: ["responsibility"] },
    { text: "Was it not okay to ask?", not: ["responsibility"] },
  ],
  "responsibility: a gerund subject named as wrong": [
    { text: "Reading your journal behind your back was a betrayal.", has: ["responsibility"] },
    { text: "Seeing you with him at the bar was awful.", not: ["responsibility"] },
    { text: "Ignoring me for a whole week was cruel.", not: ["responsibility"] },
  ],
  "responsibility: not mine to / no right / the mistake was mine": [
    { text: "It wasn't my secret to tell.", has: ["responsibility"] },
    { text: "I had no right to open your post.", has: ["responsibility"] },
    { text: "The mix-up with the tickets was mine.", has: ["responsibility"] },
    { text: "You had no right to open my post.", not: ["responsibility"] },
    { text: "The blue car was mine.", not: ["responsibility"] },
  ],
  "responsibility: an act done without asking": [
    { text: "I borrowed your laptop without asking.", has: ["responsibility"] },
    { text: "You borrowed my laptop without asking.", not: ["responsibility"] },
    { text: "I would never borrow your laptop without asking.", not: ["responsibility"] },
  ],
  "responsibility: a second wrong act after 'and'": [
    { text: "I spent the holiday money and lied about it.", has: ["responsibility"] },
    { text: "He spent the holiday money and lied about it.", not: ["responsibility"] },
    { text: "You think I spent it and lied about it?", not: ["responsibility"] },
  ],
  "responsibility: doesn't make it okay / won't pretend": [
    { text: "Being tired doesn't make shouting at you okay.", has: ["responsibility"] },
    { text: "I won't pretend that was okay.", has: ["responsibility"] },
    { text: "I texted at ten, so don't make it sound like I vanished.", not: ["responsibility"] },
  ],
  "responsibility taken back by a turn to the other": [
    { text: "I lied about the bonus, but you'd have spent it anyway.", not: ["responsibility"] },
    {
      text: "I lied about the bonus. But if you hadn't nagged, I'd have told you.",
      not: ["responsibility"],
    },
    { text: "I lied about the bonus, but you deserve the truth now.", has: ["responsibility"] },
    { text: "I lied about the bonus, but you'd already guessed.", has: ["responsibility"] },
    { text: "I hurt you, but you still showed up for me.", has: ["responsibility"] },
  ],
  "a circumstance after 'but' takes back an admission or validation: excuse": [
    {
      text: "yes i forgot the school run but the week had been total chaos",
      has: ["excuse"],
      not: ["responsibility"],
    },
    {
      text: "I understand why you're cross, but I was working a double shift.",
      has: ["excuse"],
      not: ["validation"],
    },
    {
      text: "Not that it excuses anything, but I'd had an awful day and took it out on you.",
      has: ["explanation"],
      not: ["excuse"],
    },
  ],
  "explanation: motives and upbringing": [
    {
      text: "I wanted to look clever in front of them, so I passed your idea off as mine. That was wrong.",
      has: ["explanation"],
    },
    {
      text: "I think part of me wanted you to notice me. It was wrong to go about it like that.",
      has: ["explanation"],
    },
    {
      text: "Growing up, nobody talked about money, so hiding it felt normal. It was still wrong.",
      has: ["explanation"],
    },
    { text: "My kids are growing up so fast.", not: ["explanation"] },
    { text: "You're so jealous, that's the real reason I hid it.", not: ["explanation"] },
  ],
  "repentance: writer commitments, not notices": [
    { text: "From tonight my phone stays on the kitchen table.", has: ["repentance"] },
    { text: "From now on the recycling goes out on Thursdays.", not: ["repentance"] },
    { text: "From now on, you need to tell me where you are.", not: ["repentance"] },
    { text: "The builder says it won't happen again.", not: ["repentance"] },
    { text: "I won't be going over it again.", not: ["repentance"] },
  ],
  "repentance: the means removed, help sought, checking first": [
    { text: "The betting app is deleted and the card is cut up.", has: ["repentance"] },
    { text: "My account has been deleted, can you help?", not: ["repentance"] },
    { text: "I'm seeing someone about my temper.", has: ["repentance"] },
    { text: "I'm sorry about my temper.", not: ["repentance"] },
    { text: "I'll run it by you first from now on.", has: ["repentance"] },
    { text: "There won't be a next time.", has: ["repentance"] },
    { text: "This is the last time I'm asking you.", not: ["repentance"] },
  ],
  "repair: restitution, in an apology": [
    {
      text: "I'm sorry I missed it. Can I take you out for dinner to make up for it?",
      has: ["repair"],
    },
    { text: "Can I take you out for dinner on Friday?", not: ["repair"] },
    { text: "I'll replace the lamp I knocked over.", has: ["repair"] },
    { text: "I'll replace the bulb in the hall tonight.", not: ["repair"] },
    { text: "I've sent the money back.", has: ["repair"] },
    { text: "You ended up paying for it, and I'm sorry.", not: ["repair"] },
  ],
  "repair: setting the record straight with a third party": [
    { text: "I've emailed the team to say the error was mine, not yours.", has: ["repair"] },
    { text: "I'll call your brother and explain it was my mistake.", has: ["repair"] },
    { text: "I'll tell you the truth tomorrow.", not: ["repair"] },
  ],
  "repair: what would help": [
    { text: "I'm sorry. Tell me what would help and I'll do it.", has: ["repair"] },
    { text: "If there's anything I can do, let me know. Sorry for your loss.", not: ["repair"] },
  ],
  "forgiveness-request: conditional and hopeful forms": [
    { text: "If you can ever forgive me, I'll be here.", has: ["forgiveness-request"] },
    { text: "Maybe one day you'll be able to forgive me.", has: ["forgiveness-request"] },
    { text: "Is there any chance you'll forgive me?", has: ["forgiveness-request"] },
    { text: "Forgive me for doubting you.", has: ["forgiveness-request"] },
    { text: "You'll never be able to forgive me.", not: ["forgiveness-request"] },
    { text: "When will you be able to forgive me?", not: ["forgiveness-request"] },
    { text: "Forgive me for prying, but are you okay?", not: ["forgiveness-request"] },
  ],
  "i-statement: more feelings and forms": [
    { text: "I just felt pushed aside.", has: ["i-statement"] },
    { text: "She felt pushed aside by her team.", not: ["i-statement"] },
    { text: "I end up feeling like a spare part.", has: ["i-statement"] },
    { text: "still on edge whenever your phone buzzes", has: ["i-statement"] },
    { text: "You're still on edge whenever I come home.", not: ["i-statement"] },
    { text: "What would help me is a text when you're running late.", has: ["i-statement"] },
    { text: "I need my weekends to myself for a bit.", has: ["i-statement"] },
    { text: "I need us to get back to normal.", not: ["i-statement"] },
    { text: "I'm hopeful about us.", has: ["i-statement"] },
    { text: "I'm happy to help.", not: ["i-statement"] },
    { text: "I'd like to hear what would help.", not: ["i-statement"] },
  ],
  "validation: more forms": [
    { text: "I can see why that looked like a betrayal.", has: ["validation"] },
    { text: "I understand if you can't trust me for a while.", has: ["validation"] },
    { text: "I'd understand if you can't, but I hope you'll try.", not: ["validation"] },
    { text: "You've every right to be upset with me.", has: ["validation"] },
    { text: "ur anger about this is valid", has: ["validation"] },
    { text: "That's completely understandable.", has: ["validation"] },
    { text: "That's fair.", not: ["validation"] },
    { text: "I'll cook and you wash up, that's fair.", not: ["validation"] },
  ],
  "validation taken back by 'but'": [
    { text: "I get that you're upset, but honestly you've done worse.", not: ["validation"] },
    { text: "I understand why you're angry, but it was just a joke.", not: ["validation"] },
    { text: "I get that you're hurt, but I want to make it right.", has: ["validation"] },
  ],
  // --- round 2: regret, responsibility, explanation ---
  "regret: 'sorry that I ...' is the writer's act, not a feeling caused by 'that'": [
    { text: "I'm truly sorry that I hurt you.", has: ["regret"] },
    { text: "sorry that it upset you so much", not: ["regret"] },
  ],
  "regret: making an apology with 'want to say', not reporting one": [
    { text: "I just want to say sorry for how I spoke to you.", has: ["regret"] },
    { text: "How many times do I have to say sorry?", not: ["regret"] },
    { text: "I've said sorry a hundred times.", not: ["regret"] },
  ],
  "regret: a bare sorry to a person, not a notice or condolence": [
    { text: "Forgot your recital. Sorry, kiddo.", has: ["regret"] },
    { text: "Sorry, running twenty minutes behind.", not: ["regret"] },
    { text: "So sorry about your grandma, thinking of you.", not: ["regret"] },
  ],
  "regret: inexpressible sorrow, lifelong regret, swearing intensifiers": [
    { text: "Words can't express how sorry I am.", has: ["regret"] },
    { text: "I'll regret missing your graduation for the rest of my life.", has: ["regret"] },
    { text: "im bloody gutted about what i did", has: ["regret"] },
    { text: "I can't tell you how happy I am.", not: ["regret"] },
  ],
  "responsibility: the writer's act judged, with the other's act far away in the sentence": [
    {
      text: "Priya repeated what you told me in confidence, and I passed it on, and it was a lousy thing to do.",
      has: ["responsibility"],
    },
    { text: "When you read my diary, it was wrong.", not: ["responsibility"] },
    {
      text: "Hannah told me what you said, and it was a low thing to say.",
      not: ["responsibility"],
    },
  ],
  "responsibility: no excuse / no justification / none of that makes it okay": [
    { text: "Missed the parents' evening. No excuse.", has: ["responsibility"] },
    { text: "None of that makes what I did acceptable.", has: ["responsibility"] },
    { text: "That isn't a justification for going through your bag.", has: ["responsibility"] },
    { text: "There's no excuse for how you spoke to me.", not: ["responsibility"] },
    { text: "no excuse for what you did", not: ["responsibility"] },
  ],
  "responsibility: refusing to blame a cause or dress it up": [
    { text: "I won't dress it up: I lied for a year.", has: ["responsibility"] },
    { text: "I'm not going to blame the booze for any of it.", has: ["responsibility"] },
    { text: "I'm not going to blame you for this.", not: ["responsibility"] },
  ],
  "responsibility: wrong acts by class (affair, broken agreement, admitting, behaving badly)": [
    { text: "I had an affair last spring.", has: ["responsibility"] },
    { text: "I broke our agreement about the phone.", has: ["responsibility"] },
    { text: "I admit I fiddled the timesheets.", has: ["responsibility"] },
    { text: "I behaved appallingly at your sister's wedding.", has: ["responsibility"] },
    { text: "I took you for granted for years.", has: ["responsibility"] },
    { text: "I let my jealousy get the better of me.", has: ["responsibility"] },
    { text: "She had an affair with her boss.", not: ["responsibility"] },
    { text: "I admit I wanted you to notice me.", not: ["responsibility"] },
    { text: "I never took you for granted.", not: ["responsibility"] },
    { text: "If I acted like a jerk, tell me.", not: ["responsibility"] },
  ],
  "responsibility: not my call to make / my call and the wrong one": [
    {
      text: "It wasn't my call to make without you.",
      has: ["responsibility"],
      not: ["defensiveness"],
    },
    { text: "Moving the money was my choice and the wrong one.", has: ["responsibility"] },
    { text: "It wasn't my decision.", not: ["responsibility"] },
  ],
  "explanation: a cause after a negated act ('didn't ... because I was ashamed')": [
    {
      text: "I didn't pick up because I was ashamed. I let you down and that's on me.",
      has: ["explanation", "responsibility"],
    },
  ],
  "explanation: couldn't face / too proud to / afraid you'd": [
    {
      text: "I sold the ring because I couldn't face telling you about the debt. My fault.",
      has: ["explanation"],
    },
    { text: "I borrowed it because I was skint and too embarrassed to ask.", has: ["explanation"] },
    {
      text: "I was scared you'd leave me. That's why I lied, and it was wrong.",
      has: ["explanation"],
    },
    { text: "I was scared to tell you how much you hurt me.", not: ["explanation"] },
  ],
  "explanation: a non-person cause that 'had me / made me feel'": [
    {
      text: "I went quiet because the redundancy had me in pieces. Not an excuse.",
      has: ["explanation"],
    },
    { text: "I left because you made me feel useless.", not: ["explanation"] },
  ],
  "explanation: bare feelings and circumstances in an apology": [
    { text: "I was lonely. It's no excuse for what I did.", has: ["explanation"] },
    { text: "My stress was through the roof and I snapped. That was wrong.", has: ["explanation"] },
    { text: "I got scared and ran. It was wrong of me.", has: ["explanation"] },
    { text: "My pride got in the way. I should have called.", has: ["explanation"] },
    { text: "I was lonely when you were away.", not: ["explanation"] },
    { text: "I felt neglected all year, and you never noticed.", not: ["explanation"] },
  ],
  "explanation vs excuse: a motive after 'but' takes back a named act": [
    {
      text: "I know I lied, but I was trying to protect you.",
      has: ["excuse"],
      not: ["responsibility", "explanation"],
    },
    {
      text: "I lied because I was trying to protect you, and that was wrong.",
      has: ["explanation", "responsibility"],
    },
  ],
  "explanation: a cause refused anywhere in the message is neither explanation nor excuse": [
    {
      text: "I got wasted and said awful things. I'm not going to blame the drink. I'm sorry.",
      not: ["explanation", "excuse"],
    },
  ],
  "responsibility: asked for or reflected back by the other is not an admission": [
    { text: "I need you to say it was wrong.", not: ["responsibility"] },
    { text: "You keep saying it was a mistake, but it was a choice.", not: ["responsibility"] },
    { text: "What I needed to hear was that it was wrong.", not: ["responsibility"] },
    { text: "Listening back: you feel that I let you down.", not: ["responsibility"] },
    { text: "I know you feel I let you down, and I did. It was wrong.", has: ["responsibility"] },
    { text: "I was scared. You were shouting and it was wrong.", not: ["responsibility"] },
  ],
  "regret: the other's sorry is not the writer's": [
    { text: "I wish you'd just say you're sorry.", not: ["regret"] },
    { text: "are you even sorry?", not: ["regret"] },
  ],
  "responsibility: owning the blame in other words": [
    { text: "The blame lies with me, not the team.", has: ["responsibility"] },
    { text: "I can't blame anyone but myself.", has: ["responsibility"] },
    { text: "I hold my hands up.", has: ["responsibility"] },
    { text: "I have to own that.", has: ["responsibility"] },
    { text: "I caused all of this.", has: ["responsibility"] },
    { text: "I dropped the ball on the school forms.", has: ["responsibility"] },
    { text: "I went back on my word.", has: ["responsibility"] },
    { text: "I messed this up, not you.", has: ["responsibility"] },
    { text: "My behaviour at the party was unacceptable.", has: ["responsibility"] },
    { text: "You're right, I did that.", not: ["responsibility"] },
    { text: "I started this business in 2019.", not: ["responsibility"] },
    { text: "I got it wrong about the date, it's Friday.", not: ["responsibility"] },
    { text: "You messed this up.", not: ["responsibility"] },
    { text: "Your behaviour at the party was unacceptable.", not: ["responsibility"] },
  ],
  "responsibility: 'I chose to <act>' (not a choice to forgive or trust)": [
    { text: "I chose to stay at the pub instead of coming home.", has: ["responsibility"] },
    { text: "I chose to forgive you.", not: ["responsibility"] },
    { text: "I decided to trust you again.", not: ["responsibility"] },
  ],
  "explanation: any cause after 'because' in a message that owns the act": [
    {
      text: "I skipped the party because my sister needed me, and I didn't tell you. That was wrong.",
      has: ["explanation"],
    },
    { text: "I think it was wrong because it hurt you.", not: ["explanation"] },
    { text: "I left early because the babysitter had to go.", not: ["explanation"] },
  ],
  "explanation: habits, beliefs and circumstances in an apology": [
    {
      text: "I don't handle conflict well, so I avoided you. That was wrong.",
      has: ["explanation"],
    },
    { text: "I thought it would blow over. I'm sorry I lied.", has: ["explanation"] },
    { text: "I was so caught up in the launch that I forgot. That's on me.", has: ["explanation"] },
    {
      text: "Money was tight and I was embarrassed. I should have told you.",
      has: ["explanation"],
    },
    { text: "I was worried about money and I lied. Sorry.", has: ["explanation"] },
    { text: "I'm sorry I snapped. I was upset about what you said.", not: ["explanation"] },
    { text: "You forgot my birthday. I was hurt. It was wrong of you.", not: ["explanation"] },
  ],
};

checkCases("apology components and markers: constructions", CASES);
