package org.echotrace.extract.event;

import java.util.Locale;
import java.util.Optional;

/**
 * The event types of CASE 2021 Task 2: ACLED's 25 sub-event types under their task codes, plus the
 * five "unseen" types the task added (organised crime, natural and man-made disasters, diplomatic
 * events, attribution of responsibility). Each carries ACLED's event type and sub-event type (for
 * the unseen ones, a type of ours in ACLED's style) and a definition in our own words, which the
 * typer embeds when no cue word decides.
 */
public enum EventType {
    ARMED_CLASH("Battles", "Armed clash",
            "Armed, organised groups fight each other: soldiers, militants, rebels or militias exchange fire, ambush or attack armed positions."),
    GOV_REGAINS_TERIT("Battles", "Government regains territory",
            "Government forces or their allies recapture, retake or liberate a town or area from armed opponents."),
    NON_STATE_ACTOR_OVERTAKES_TER("Battles", "Non-state actor overtakes territory",
            "Rebels, militants or militias seize, capture or take control of a town, area or base by fighting."),
    CHEM_WEAP("Explosions/Remote violence", "Chemical weapon",
            "Chemical weapons such as chlorine, sarin or toxic gas are used against people."),
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike",
            "Aircraft, warplanes, helicopters or drones bomb, strike or fire missiles on a target from the air."),
    SUIC_BOMB("Explosions/Remote violence", "Suicide bomb",
            "A suicide bomber detonates explosives on his body or in a vehicle, killing himself."),
    ART_MISS_ATTACK("Explosions/Remote violence", "Shelling/artillery/missile attack",
            "Artillery, mortars, rockets or missiles are fired from the ground at a town, position or area."),
    REM_EXPLOS("Explosions/Remote violence", "Remote explosive/landmine/IED",
            "A planted bomb, roadside improvised explosive device, landmine or car bomb explodes or is detonated remotely."),
    GRENADE("Explosions/Remote violence", "Grenade",
            "Someone throws a grenade, a crude or hand-made bomb or a petrol bomb at people or a building."),
    SEX_VIOL("Violence against civilians", "Sexual violence",
            "Rape, sexual assault or sexual abuse of civilians by an armed or political actor."),
    ATTACK("Violence against civilians", "Attack",
            "Armed men or a group attack, shoot, stab, beat or kill unarmed civilians."),
    ABDUCT_DISSAP("Violence against civilians", "Abduction/forced disappearance",
            "People are abducted, kidnapped, taken hostage or forcibly disappear."),
    PEACE_PROTEST("Protests", "Peaceful protest",
            "People demonstrate, rally, march or strike peacefully to protest or demand something, without intervention."),
    PROTEST_WITH_INTER("Protests", "Protest with intervention",
            "A peaceful protest is dispersed, blocked or its participants arrested by police or security forces."),
    FORCE_AGAINST_PROTEST("Protests", "Excessive force against protesters",
            "Police or armed forces use lethal or excessive force against peaceful protesters, shooting, killing or severely injuring them."),
    VIOL_DEMONSTR("Riots", "Violent demonstration",
            "Demonstrators turn violent: they throw stones, vandalise, burn tyres, block roads with fire or clash with police."),
    MOB_VIOL("Riots", "Mob violence",
            "A mob or rival groups of supporters or party activists violently clash or attack, without firearms, in a riot."),
    AGREEMENT("Strategic developments", "Agreement",
            "Parties sign or reach an agreement, ceasefire, truce, peace deal or prisoner exchange."),
    ARREST("Strategic developments", "Arrests",
            "Police or security forces arrest or detain people, such as political figures or group members."),
    CHANGE_TO_GROUP_ACT("Strategic developments", "Change to group/activity",
            "A group changes its leadership, name, alliances or activity; troops are deployed or withdrawn; a group is formed or disbanded."),
    DISR_WEAP("Strategic developments", "Disrupted weapons use",
            "Security forces defuse a bomb, intercept a missile or drone, or seize weapons and explosives, preventing an attack."),
    HQ_ESTABLISHED("Strategic developments", "Headquarters or base established",
            "An armed group establishes a new headquarters, base or outpost in an area."),
    NON_VIOL_TERRIT_TRANSFER("Strategic developments", "Non-violent transfer of territory",
            "Control of a town or area passes without fighting: one side withdraws, hands over or abandons it."),
    OTHER("Strategic developments", "Other",
            "Another politically significant development that fits no other type, such as a curfew, a state of emergency or a declaration."),
    PROPERTY_DISTRUCT("Strategic developments", "Looting/property destruction",
            "Houses, shops, vehicles or property are looted, burned down, vandalised or destroyed, without people being harmed."),
    ORG_CRIME("Security events", "Organized crime",
            "Criminal activity: smuggling, drug or human trafficking, robbery, fraud, corruption, cybercrime, extortion or counterfeit goods."),
    NATURAL_DISASTER("Security events", "Natural disaster",
            "A natural hazard harms people: earthquake, flood, storm, wildfire, landslide, drought or a disease outbreak or pandemic."),
    MAN_MADE_DISASTER("Security events", "Man-made disaster",
            "An accident caused by people: industrial explosion or fire, traffic or train crash, building collapse, spill or contamination."),
    DIPLO("Strategic developments", "Diplomatic event",
            "A diplomatic action or statement: sanctions, closing an embassy, threats, calls for action, condemnation or praise by a state."),
    ATTRIB("Strategic developments", "Attribution of responsibility",
            "A group claims responsibility for an attack, or someone accuses another of it or denies responsibility.");

    private final String acledType;
    private final String acledSubType;
    private final String definition;

    EventType(String acledType, String acledSubType, String definition) {
        this.acledType = acledType;
        this.acledSubType = acledSubType;
        this.definition = definition;
    }

    /** ACLED's event_type ("Battles"), or ours in its style for the unseen types. */
    public String acledType() {
        return acledType;
    }

    /** ACLED's sub_event_type ("Armed clash"). */
    public String acledSubType() {
        return acledSubType;
    }

    public String definition() {
        return definition;
    }

    /** The type of a task code ("AIR_STRIKE"), case-insensitive. */
    public static Optional<EventType> findCode(String code) {
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
