package io.supportdesk.application.demo;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What the demo desk's people write: the questions customers open tickets with, and the lines of the conversations
 * that follow. {@code {customer}} and {@code {agent}} stand for first names.
 */
final class DemoTexts {

    /**
     * What a ticket is about. {@code handledBy} names the team that takes it over from the one its category routes
     * to (a manager moves it, with {@code moveReason}).
     */
    record Subject(String category, String title, String description, List<String> tags,
                   Optional<String> handledBy, String moveReason) {

        Subject(String category, String title, String description, List<String> tags) {
            this(category, title, description, tags, Optional.empty(), "");
        }
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("technical", "Dashboard stays blank after signing in",
                    "Since this morning the dashboard only shows a spinner after I sign in. I tried Chrome and "
                            + "Firefox and cleared the cache; colleagues in the same office see the same.",
                    List.of("dashboard", "outage")),
            new Subject("technical", "Export to Excel times out",
                    "Exporting last quarter's orders to Excel fails after about a minute with 'gateway timeout'. "
                            + "Smaller date ranges work.", List.of("export")),
            new Subject("technical", "Notifications arrive twice",
                    "Every notification email reaches us twice, a few seconds apart. It started after we added a "
                            + "second admin to our account.", List.of("email")),
            new Subject("technical", "Mobile app crashes when opening attachments",
                    "The Android app (version 5.2.1) closes as soon as I tap a PDF attached to an order. Images "
                            + "open fine.", List.of("mobile", "android")),
            new Subject("technical", "Search does not find new products",
                    "Products we added yesterday do not show up in search, although they are listed in the "
                            + "catalogue.", List.of("search")),
            new Subject("technical", "Page loads very slowly in the afternoon",
                    "Between 14:00 and 17:00 every page takes 10-15 seconds to load. In the morning it is fast.",
                    List.of("performance")),
            new Subject("billing", "Charged twice for the March invoice",
                    "Our credit card was charged twice for invoice 2024-0311 (two identical amounts on the same "
                            + "day). Please refund one of them.", List.of("refund", "invoice")),
            new Subject("billing", "VAT number missing on invoices",
                    "Our VAT number was added to the account last month but still does not appear on the invoices, "
                            + "which our accounting needs.", List.of("invoice", "vat")),
            new Subject("billing", "Switch from monthly to yearly billing",
                    "We would like to move to yearly billing with the discount from your pricing page. What happens "
                            + "to the current month?", List.of("plan")),
            new Subject("billing", "Payment failed although the card is valid",
                    "The renewal payment failed with 'card declined', but the bank says no attempt reached them. "
                            + "The card is valid until 2027.", List.of("payment")),
            new Subject("billing", "Need a copy of last year's invoices",
                    "For our audit we need all invoices from last year as PDF files. The billing page only shows "
                            + "the last six months.", List.of("invoice")),
            new Subject("billing", "Refund for unused seats",
                    "We reduced our team from 25 to 18 seats in the middle of the billing period. Are the unused "
                            + "seats credited?", List.of("refund", "seats")),
            new Subject("account", "Cannot reset my password",
                    "The password reset email never arrives. I checked the spam folder, and my colleague's reset "
                            + "worked.", List.of("login")),
            new Subject("account", "Change the account owner",
                    "Our account owner left the company. Please transfer ownership to me; I am the new office "
                            + "manager.", List.of("ownership")),
            new Subject("account", "Two-factor codes are rejected",
                    "The codes from my authenticator app are rejected every time. The phone's clock is set "
                            + "automatically.", List.of("login", "2fa")),
            new Subject("account", "Invoices page says access denied",
                    "Since my role changed to 'finance' I cannot open the invoices page any more: it says access "
                            + "denied.", List.of("invoice", "permissions"), Optional.of(DemoCast.BILLING),
                    "Invoice access is set up by Billing"),
            new Subject("account", "Merge two accounts of our company",
                    "We accidentally created a second account for our Munich office. Can both be merged into one, "
                            + "including the billing?", List.of("merge"), Optional.of(DemoCast.BILLING),
                    "Merging includes the billing; Billing takes it"),
            new Subject("general", "Opening hours over the holidays",
                    "Will support be reachable between Christmas and New Year? We have a launch planned on "
                            + "December 28th.", List.of()),
            new Subject("general", "Where can I find the user guide?",
                    "New colleagues keep asking for a user guide. Is there a PDF or a page I can send them?",
                    List.of("docs")),
            new Subject("general", "Training session for our team",
                    "Do you offer an online training for new users? We are 12 people, ideally in two sessions.",
                    List.of("training")),
            new Subject("feature_request", "Dark mode",
                    "Several of us work late and would love a dark mode for the web app.", List.of("ui")),
            new Subject("feature_request", "Export reports as PDF",
                    "Reports can only be exported as CSV. Our management would like a PDF with the charts.",
                    List.of("reports", "export")),
            new Subject("feature_request", "Custom fields on orders",
                    "We need two extra fields on orders (cost centre and project code) to match our ERP.",
                    List.of("orders")),
            new Subject("bug_report", "Dates shown one day off",
                    "Delivery dates are shown one day earlier in the list than in the order itself. We are in "
                            + "Sydney (UTC+10).", List.of("timezone")),
            new Subject("bug_report", "Saving a draft loses the formatting",
                    "When I save a draft, bold text and bullet lists are gone after reopening it.",
                    List.of("editor")),
            new Subject("bug_report", "Sorting by price is wrong",
                    "Sorting products by price puts 1,200.00 before 250.00: it looks like the prices are sorted "
                            + "as text.", List.of("catalogue")),
            new Subject("bug_report", "CSV import skips the last row",
                    "Importing a CSV file of 200 customers creates 199 of them; the last row is always missing.",
                    List.of("import")),
            new Subject("security", "Suspicious sign-in from another country",
                    "The security log shows a successful sign-in to my account from a country I have never been "
                            + "to, at 03:12 last night.", List.of("login", "incident")),
            new Subject("security", "Request for your security questionnaire",
                    "Our IT department needs your completed security questionnaire (or an ISO 27001 certificate) "
                            + "before we can extend the contract.", List.of("compliance")),
            new Subject("api", "API returns 429 far below the documented limit",
                    "Our integration gets 429 Too Many Requests after about 50 requests a minute, although the "
                            + "documentation says 600.", List.of("rate-limit")),
            new Subject("api", "Webhook signatures do not validate",
                    "Since yesterday the signatures of your webhooks no longer match what we compute with our "
                            + "secret. Nothing changed on our side.", List.of("webhooks")),
            new Subject("api", "How to page through all orders?",
                    "What is the recommended way to fetch all orders through the API? Page numbers stop at 10,000.",
                    List.of("paging")),
            new Subject("api", "OAuth token expires after five minutes",
                    "Access tokens from the client-credentials flow expire after five minutes instead of an hour.",
                    List.of("oauth")));

    static final List<String> FIRST_REPLIES = List.of(
            "Hi {customer}, thanks for letting us know. I am looking into this now and will get back to you "
                    + "as soon as I know more.\n\n{agent}",
            "Hello {customer}, thank you for the details. I can see the problem on our side too and I am on it.\n\n"
                    + "Best regards, {agent}",
            "Hi {customer}, sorry for the trouble. I have taken this over and will update you today.\n\n{agent}",
            "Hello {customer}, thanks for reaching out. I am checking this with the team and will come back to you "
                    + "shortly.\n\n{agent}");

    static final List<String> QUESTIONS = List.of(
            "Could you send us a screenshot of what you see, and the time it happened (with your time zone)?",
            "Which browser and version are you using? And does it also happen in a private window?",
            "Could you tell us the order number (or invoice number) this is about?",
            "To check this we need the email address of the user concerned. Could you send it?",
            "Does this affect everyone in your account, or only some users? If only some, which ones?");

    static final List<String> ANSWERS = List.of(
            "Here is the screenshot. It happened at 09:40 CET, and again just now.",
            "Chrome 123 on Windows 11. Yes, in a private window it happens as well.",
            "It is invoice 2024-0311, and the order number is 88412.",
            "Only the three users in our finance team; everyone else is fine.",
            "The address is accounting@ our company domain. Thanks for checking!");

    static final List<String> FIXES = List.of(
            "Hi {customer}, we found the cause and deployed a fix this morning. Could you check whether it works "
                    + "for you now? If not, just reply here.\n\n{agent}",
            "Hello {customer}, this is done on our side now. I have also added a note to your account so it does "
                    + "not happen again.\n\n{agent}",
            "Hi {customer}, the change is in place. Let me know if anything still looks wrong.\n\n{agent}",
            "Hello {customer}, good news: the problem is solved. Sorry again for the inconvenience.\n\n{agent}",
            "Hi {customer}, I have corrected this for you and sent the details by email. Anything else we can do?"
                    + "\n\n{agent}");

    static final List<String> THANKS = List.of(
            "Works now, thank you!",
            "Confirmed, all good on our side. Thanks for the quick help.",
            "Perfect, thanks {agent}.",
            "Thank you, that solved it.");

    static final List<String> STILL_BROKEN = List.of(
            "Unfortunately it is happening again since this morning.",
            "I am sorry to reopen this, but the problem is back for two of our users.",
            "It worked for a day, now we see exactly the same error again.");

    static final List<String> NOTES = List.of(
            "Reproduced on staging. Looks related to last week's release.",
            "Customer is on the Business plan; they have had two similar tickets this quarter.",
            "Checked the logs: the requests fail before they reach the application. Asked ops to look at the "
                    + "load balancer.",
            "Same root cause as the ticket from last week, see the linked engineering issue.",
            "Spoke to the customer on the phone, they are fine with a workaround until the fix ships.",
            "Please do not promise a date for this yet; engineering has not estimated it.");

    static final List<String> HOLD_REPLIES = List.of(
            "Hi {customer}, we have passed this on to our engineering team, who are working on a fix. We will let "
                    + "you know as soon as it is released.\n\n{agent}",
            "Hello {customer}, we are waiting for our payment provider to confirm the details. I will update you "
                    + "as soon as we hear back.\n\n{agent}");

    static final List<String> HOLD_NOTES = List.of(
            "Filed as ENG-2481, planned for the next sprint.",
            "Ticket opened with the payment provider (case 77-3102), answer expected within 3 business days.",
            "Waiting for the vendor's patch; nothing to do here until then.");

    static final List<String> HOLD_REASONS = List.of(
            "Waiting on engineering", "Waiting on the payment provider", "Waiting on the vendor's patch");

    static final List<String> NUDGES = List.of(
            "Any news on this? It is still happening.",
            "Hello? We are still waiting for an answer.",
            "Just checking in: is anyone looking at this?");

    static final List<String> UPDATES = List.of(
            "Quick update: we have narrowed it down and are testing a fix now.",
            "Still on it. The first fix did not cover every case, we are trying another approach.",
            "We could reproduce it and know where it comes from; a fix is being prepared.");

    static final List<String> FOLLOW_UPS = List.of(
            "Thanks for the update. Do you have an idea how long it will take?",
            "One more detail: it only happens with files larger than a few MB.",
            "Good to know, we will wait for your next update.");

    static final String DUPLICATE_REPLY = "Hi {customer}, this is the same issue as the one in your other ticket, "
            + "so we will continue there. Closing this one to keep everything in one place.\n\n{agent}";

    static final String DUPLICATE_REASON = "Duplicate of an earlier ticket";

    static final String REOPEN_NOTE = "Reopened by the customer. Checking whether the fix was rolled back.";

    private DemoTexts() {
    }

    /** One of the lines, with the names filled in. */
    static String line(List<String> lines, RandomGenerator random, DemoCast.Person customer, DemoCast.Person agent) {
        return fill(lines.get(random.nextInt(lines.size())), customer, agent);
    }

    static String fill(String text, DemoCast.Person customer, DemoCast.Person agent) {
        return text.replace("{customer}", firstName(customer)).replace("{agent}", firstName(agent));
    }

    private static String firstName(DemoCast.Person person) {
        String name = person.fullName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
