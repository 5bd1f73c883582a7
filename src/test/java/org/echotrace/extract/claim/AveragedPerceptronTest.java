package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AveragedPerceptronTest {
    @Test
    void learnsASeparableThreeWayChoiceAndKeepsItWhenAveraged() {
        // Feature 0 is a bias every example has; features 1-3 each mark one label. Label 0 first:
        // it wins ties, so only updates on ties teach its examples a margin the average keeps.
        int[][] examples = {{0, 1}, {0, 2}, {0, 3}, {0, 1, 4}, {0, 3, 4}};
        int[] gold = {0, 1, 2, 0, 2};
        AveragedPerceptron p = new AveragedPerceptron(5, 3);
        for (int epoch = 0; epoch < 10; epoch++) {
            for (int i = 0; i < examples.length; i++) {
                p.learn(examples[i], gold[i]);
            }
        }
        float[] averaged = p.averaged();
        for (int i = 0; i < examples.length; i++) {
            assertEquals(gold[i], AveragedPerceptron.best(averaged, 3, examples[i]), "example " + i);
        }
    }

    @Test
    void unknownFeaturesAreIgnored() {
        AveragedPerceptron p = new AveragedPerceptron(2, 2);
        p.learn(new int[] {0, 1}, 1);
        assertEquals(p.predict(new int[] {0, 1}), p.predict(new int[] {0, 1, -1}));
    }
}
