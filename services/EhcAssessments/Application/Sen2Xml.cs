using System.Globalization;
using System.Text;
using System.Xml;
using SendPlatform.EhcAssessments.Domain.Returns;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The SEN2 return as the XML message DfE's collection loads: a header (collection, year, census day; the LA as
/// source), then each person with their requests, each request's assessment and named plan, and its active plan with
/// placement and need. Items this platform does not hold (ULN, a request from youth accommodation, residential and personal budget items) are left out
/// rather than guessed; yes/no items are 1 or 0; dates are ISO 8601.
/// </summary>
public static class Sen2Xml
{
    public const string ContentType = "application/xml";
    private const string SoftwareCode = "SEND Platform";

    public static string FileName(string laCode, Sen2Period period) => $"sen2-{laCode}-{period.CollectionYear}.xml";

    public static byte[] Write(BuildSen2Return.Sen2Return sen2, DateTimeOffset generatedAt)
    {
        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Message");
            WriteHeader(xml, sen2, generatedAt);
            xml.WriteStartElement("Persons");
            foreach (var person in sen2.People) WritePerson(xml, person);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return output.ToArray();
    }

    private static void WriteHeader(XmlWriter xml, BuildSen2Return.Sen2Return sen2, DateTimeOffset generatedAt)
    {
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        xml.WriteElementString("Collection", "SEN2");
        xml.WriteElementString("Year", sen2.Period.CollectionYear.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("ReferenceDate", Day(sen2.Period.CensusDate));
        xml.WriteEndElement();
        xml.WriteStartElement("Source");
        xml.WriteElementString("SourceLevel", "L");
        xml.WriteElementString("LEA", sen2.LaCode);
        xml.WriteElementString("SoftwareCode", SoftwareCode);
        xml.WriteElementString("Release", "1");
        xml.WriteElementString("SerialNo", "1");
        xml.WriteElementString("DateTime", generatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePerson(XmlWriter xml, Sen2Person person)
    {
        xml.WriteStartElement("Person");
        xml.WriteElementString("Surname", person.Surname);
        xml.WriteElementString("Forename", person.Forename);
        xml.WriteElementString("PersonBirthDate", Day(person.BirthDate));
        xml.WriteElementString("Sex", person.Sex);
        xml.WriteElementString("Ethnicity", Sen2Codes.EthnicityNotObtained);
        xml.WriteElementString("PostCode", person.Postcode);
        Optional(xml, "UPN", person.Upn);
        Optional(xml, "UPNunknown", person.UpnUnknown);
        foreach (var request in person.Requests) WriteRequest(xml, request);
        xml.WriteEndElement();
    }

    private static void WriteRequest(XmlWriter xml, Sen2Request request)
    {
        xml.WriteStartElement("Requests");
        xml.WriteElementString("ReceivedDate", Day(request.ReceivedDate));
        xml.WriteElementString("RequestSource", request.Source);
        Optional(xml, "RequestOutcomeDate", request.OutcomeDate);
        xml.WriteElementString("RequestOutcome", request.Outcome);
        xml.WriteElementString("RequestMediation", Flag(request.Mediation));
        xml.WriteElementString("RequestTribunal", Flag(request.Tribunal));
        if (request.Assessment is { } assessment) WriteAssessment(xml, assessment);
        if (request.ActivePlan is { } plan) WriteActivePlan(xml, plan);
        xml.WriteEndElement();
    }

    private static void WriteAssessment(XmlWriter xml, Sen2Assessment assessment)
    {
        xml.WriteStartElement("Assessment");
        xml.WriteElementString("AssessmentOutcome", assessment.Outcome);
        Optional(xml, "AssessmentOutcomeDate", assessment.OutcomeDate);
        xml.WriteElementString("AssessmentMediation", Flag(assessment.Mediation));
        xml.WriteElementString("AssessmentTribunal", Flag(assessment.Tribunal));
        xml.WriteElementString("OtherMediation", Flag(assessment.OtherMediation));
        xml.WriteElementString("OtherTribunal", Flag(assessment.OtherTribunal));
        if (assessment.ExceptionsApply is { } exceptions) xml.WriteElementString("Week20", Flag(exceptions));
        if (assessment.NamedPlan is { } plan)
        {
            xml.WriteStartElement("NamedPlan");
            xml.WriteElementString("StartDate", Day(plan.StartDate));
            Optional(xml, "CeaseDate", plan.CeaseDate);
            Optional(xml, "CeaseReason", plan.CeaseReason);
            WriteSetting(xml, "PlanDetail", plan.Urn);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteActivePlan(XmlWriter xml, Sen2ActivePlan plan)
    {
        xml.WriteStartElement("ActivePlans");
        Optional(xml, "TransferLA", plan.TransferLa);
        Optional(xml, "ReviewMeeting", plan.ReviewMeeting);
        Optional(xml, "LastReview", plan.LastReview);
        WriteSetting(xml, "PlacementDetail", plan.Urn);
        if (plan.PrimaryNeed is { } need)
        {
            xml.WriteStartElement("SENneed");
            xml.WriteElementString("SENtype", need);
            xml.WriteElementString("SENtypeRank", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Section I names one setting: it is the placement ranked first.</summary>
    private static void WriteSetting(XmlWriter xml, string element, string urn)
    {
        xml.WriteStartElement(element);
        xml.WriteElementString("URN", urn);
        xml.WriteElementString("PlacementRank", "1");
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string name, string? value)
    {
        if (value is not null) xml.WriteElementString(name, value);
    }

    private static void Optional(XmlWriter xml, string name, DateOnly? value)
    {
        if (value is { } day) xml.WriteElementString(name, Day(day));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";
}
