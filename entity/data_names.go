package entity

// givenNameTable holds common given names, separated by white space. It is
// compiled from the kind of lists national statistics offices publish of the
// names most given to babies, over several decades so that adults' names are
// there too: the US Social Security Administration's popular baby names,
// the Office for National Statistics' baby names for England and Wales, and
// the equivalent lists of Statistics Canada, INE (Spain and Portugal), INSEE
// (France), the German, Dutch and Nordic statistics offices, ISTAT (Italy),
// Rosstat-era name studies (Russia), and common names of the Arab world,
// Turkey, Iran, South Asia, Africa and Japan. A name is here because it is
// widely used; being here only makes a capitalised word more likely a
// person's name, it never makes one by itself.
const givenNameTable = `
May June Aaron Abby Abel Abigail Abraham Ada Adam Addison Adele Adrian Adriana Adrienne Agnes Aidan Aiden
Aileen Aimee Alan Alana Albert Alberto Alec Alejandra Alejandro Alex Alexa Alexander Alexandra
Alexis Alfie Alfred Alfredo Ali Alice Alicia Alina Alison Alistair Allan Allen Allison Alma Alvin
Amanda Amber Amelia Amy Ana Andre Andrea Andres Andrew Andy Angel Angela Angelica Angelina Angie
Anita Ann Anna Anne Annette Annie Anthony Antonio April Archie Aria Ariana Arianna Arnold Arthur
Ashley Ashton Aubrey Audrey Austin Autumn Ava Avery Bailey Barbara Barry Beatrice Becky Belinda
Bella Ben Benjamin Bennett Bernadette Bernard Beth Bethany Betty Beverly Bianca Bill Billy Blake
Bob Bobby Bonnie Brad Bradley Brandon Brandy Brenda Brendan Brent Brett Brian Briana Brianna
Bridget Brittany Brooke Brooklyn Bruce Bryan Bryce Caitlin Caleb Callum Calvin Cameron Camila
Candace Cara Carl Carla Carlos Carmen Carol Caroline Carolyn Carrie Carson Carter Casey Cassandra
Catherine Cathy Cecil Cecilia Chad Charles Charlie Charlotte Chase Chelsea Cheryl Chloe Chris
Christian Christina Christine Christopher Christy Chuck Cindy Claire Clara Clarence Claude Claudia
Clayton Clifford Clinton Clyde Cody Colby Cole Colin Colleen Connie Connor Conor Constance Cooper
Courtney Craig Crystal Curtis Cynthia Daisy Dale Dallas Damian Damon Dan Dana Daniel Daniela
Danielle Danny Daphne Darius Darla Darlene Darrell Darren Daryl Dave David Dawn Dean Deanna Debbie
Deborah Debra Declan Dee Delia Delores Denise Dennis Derek Derrick Desmond Destiny Devin Devon
Diana Diane Dianne Dick Dolores Dominic Don Donald Donna Donovan Doris Dorothy Doug Douglas Drew
Dustin Dwayne Dwight Dylan Earl Eddie Edgar Edith Edmund Edna Eduardo Edward Edwin Eileen Elaine
Eleanor Elena Eli Elias Elijah Elizabeth Ella Ellen Ellie Elliot Elliott Eloise Elsie Emily Emma
Emmanuel Eric Erica Erik Erika Erin Ernest Esther Ethan Ethel Eugene Eva Evan Evelyn Everett Faith
Felicity Felix Fernando Fiona Florence Floyd Frances Francesca Francis Francisco Frank Frankie
Franklin Fred Freddie Frederick Gabriel Gabriella Gabrielle Gail Gareth Garrett Gary Gavin Gemma
Gene Geoffrey George Georgia Gerald Geraldine Gerard Gilbert Gillian Gina Ginger Gladys Glen
Glenda Glenn Gloria Gordon Grace Graham Grant Greg Gregory Gwen Gwendolyn Hailey Haley Hank Hannah
Harley Harold Harper Harriet Harrison Harry Harvey Hayden Hazel Heath Heather Hector Heidi Helen
Henry Herbert Herman Hilary Holly Homer Hope Howard Hudson Hugh Hugo Hunter Ian Ida Imogen Irene
Iris Isaac Isabel Isabella Isabelle Isaiah Isla Ivan Ivy Jack Jackie Jackson Jacob Jacqueline
Jade Jaden Jake James Jamie Jan Jane Janet Janice Jared Jasmine Jason Jasper Javier Jay Jayden
Jean Jeanette Jeanne Jeff Jeffery Jeffrey Jenna Jennifer Jenny Jeremiah Jeremy Jerome Jerry Jesse
Jessica Jessie Jill Jim Jimmy Jo Joan Joanna Joanne Jocelyn Jodi Joe Joel Joey John Johnny Jon
Jonathan Jordan Jorge Jose Joseph Josephine Josh Joshua Josiah Joy Joyce Juan Juanita Judith Judy
Julia Julian Julie Juliet Justin Kaitlyn Karen Kari Karl Kate Katelyn Katherine Kathleen Kathryn
Kathy Katie Kay Kayla Keith Kelly Kelsey Ken Kendra Kenneth Kenny Kerry Kevin Kieran Kim Kimberly
Kirk Kirsten Kristen Kristin Kristina Kurt Kyle Kylie Lacey Lana Lance Larry Laura Lauren Laurence
Laurie Lawrence Layla Leah Lee Leila Lena Leo Leon Leonard Leroy Leslie Lester Levi Lewis Liam
Lillian Lily Linda Lindsay Lindsey Lionel Lisa Lloyd Logan Lois Lola Lorena Lorenzo Loretta Lori
Lorraine Louis Louise Lucas Lucia Lucille Lucy Luis Luke Lydia Lynn Mabel Mackenzie Madeline
Madison Maggie Malcolm Mandy Marc Marcia Marco Marcus Margaret Maria Marian Marie Marilyn Mario
Marion Marjorie Mark Marlene Marshall Martha Martin Marvin Mary Mason Matt Matthew Maureen Maurice
Max Maxine Maya Megan Melanie Melissa Melody Melvin Mercedes Meredith Mia Michael Michaela Michele
Michelle Miguel Mike Mildred Miles Milo Mindy Miranda Miriam Misty Mitchell Molly Monica Morgan
Muriel Myra Nadia Nancy Naomi Natalie Natasha Nathan Nathaniel Neil Nelson Nicholas Nick Nicola
Nicole Nigel Nina Noah Noel Nora Norma Norman Oliver Olivia Orlando Oscar Owen Paige Pamela Patricia
Patrick Patsy Paul Paula Pauline Pearl Pedro Peggy Penelope Penny Percy Peter Phil Philip Phillip
Phoebe Phyllis Piper Polly Preston Priscilla Rachel Ralph Ramon Randall Randy Raquel Ray Raymond
Rebecca Reggie Regina Reginald Renee Rex Rhonda Ricardo Richard Rick Ricky Riley Rita Rob Robert
Roberta Roberto Robin Rod Rodney Roger Roland Ron Ronald Ronnie Rosa Rosalind Rose Rosemary Ross
Roxanne Roy Ruby Rudolph Russell Ruth Ryan Sabrina Sadie Sally Sam Samantha Samuel Sandra Sandy
Sara Sarah Savannah Scarlett Scott Sean Sebastian Serena Seth Shane Shannon Sharon Shaun Shawn
Sheila Shelby Shelley Sherry Shirley Sidney Sienna Silvia Simon Sofia Sophia Sophie Spencer Stacey
Stacy Stanley Stella Stephanie Stephen Steve Steven Stuart Sue Summer Susan Suzanne Sydney Sylvia
Tabitha Tamara Tammy Tanya Tara Ted Teresa Terrence Terri Terry Thelma Theo Theodore Theresa Thomas
Tiffany Tim Timothy Tina Toby Todd Tom Tommy Toni Tony Tracey Tracy Travis Trevor Tricia Troy Tyler
Ursula Valerie Vanessa Vera Vernon Veronica Vicki Vickie Victor Victoria Vince Vincent Violet
Virginia Vivian Wade Walter Wanda Warren Wayne Wendy Wesley Whitney Wilbur Will William Willie
Willis Wilma Wyatt Xavier Yvette Yvonne Zachary Zack Zane Zara Zoe Zoey
Abbie Ainsley Alastair Alfie Amelie Angus Annabel Archibald Barnaby Bertie Callie Cerys Ciaran
Clive Cormac Craig Dafydd Darcy Dougal Duncan Eamon Eilidh Eoin Euan Ewan Fergus Finlay Finn Freya
Gethin Hamish Harriet Hattie Iain Imogen Isobel Jocelyn Keira Kirsty Lachlan Lottie Maisie
Mairead Niamh Nigel Oisin Orla Piers Poppy Rhys Rory Ruairi Saoirse Seamus Sinead Siobhan Tobias
Tristan Una Callum Kenzie Rowan Rufus Sebastian Struan
Adolfo Agustin Alba Alejandro Alfonso Alicia Alonso Alvaro Amparo Andres Angeles Antonia Araceli
Armando Arturo Beatriz Benito Blanca Camilo Carlota Catalina Cesar Concepcion Consuelo Cristina
Cristobal Dolores Domingo Elena Emilio Enrique Ernesto Esperanza Esteban Eva Federico Felipe
Francisca Gabriela Gerardo Gonzalo Graciela Guadalupe Guillermo Gustavo Hernan Horacio Ignacio
Ines Inmaculada Isidro Jaime Joaquin Jorge Josefa Juana Julio Leticia Lorena Lourdes Luisa Manuel
Manuela Marcela Marcos Margarita Mariana Mario Marisol Marta Martina Mateo Mauricio Mercedes Milagros
Miguel Montserrat Nicolas Norberto Octavio Pablo Paloma Patricio Pilar Rafael Ramiro Raul Remedios
Rocio Rodrigo Rogelio Rolando Salvador Santiago Santos Sergio Silvio Soledad Teodoro Tomas Valentina
Vicente Ximena Yolanda Joao Jose Jesus Maria Mariano Agustina Florencia Facundo Matias Joaquim Tomás
Raúl Andrés Álvaro Jesús María José Nicolás Sebastián Martín Héctor Óscar Rubén Iván Ramón Inés
Begoña Ainhoa Iker Unai Aitor Nerea Leire Xavi Jordi Pau Nuria Montse Oriol Gonçalo Duarte Rui
Tiago Afonso Beatriz Leonor Matilde Inês Thiago Rafaela Larissa Bruna Luana Vitória Gustavo Caio
Alain Amandine Anaïs Antoine Apolline Arnaud Aurélie Baptiste Benoît Bertrand Brigitte Camille
Cécile Céline Chantal Christelle Christophe Clément Clémence Corinne Damien Delphine Denis Didier
Dominique Édouard Élodie Émilie Emmanuelle Étienne Fabien Fabienne Florian Françoise François
Frédéric Gaël Gaëlle Geneviève Gérard Gilles Guillaume Hélène Hervé Hugues Isabelle Jacques
Jean-Baptiste Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Paul Jean-Pierre
Jérôme Joël Josiane Julien Laetitia Laurent Léa Léon Loïc Louis Lucie Ludovic Manon Marine
Martine Mathieu Mathilde Maxime Mélanie Michel Monique Nathalie Nicolas Océane Olivier Pascal
Pascale Patrice Philippe Pierre Quentin Raphaël Régis Rémi Renaud Romain Sandrine Sébastien
Séverine Solène Stéphane Stéphanie Sylvain Sylvie Théo Thibault Thierry Valérie Vincent Virginie
Xavier Yann Yannick Yves Zoé Ségolène Marion Margaux Agathe Colette Ginette Huguette
Andreas Anja Anke Annika Armin Axel Bärbel Bernd Bettina Birgit Björn Carsten Christa Christiane
Claudia Dagmar Detlef Dieter Dirk Doris Elke Erich Ernst Felix Florian Frank Franz Friedrich
Gabriele Georg Gerhard Gisela Gudrun Günter Günther Hannelore Hans Hans-Jürgen Hartmut Heike
Heinrich Heinz Helga Helmut Herbert Hildegard Holger Horst Ilse Ingeborg Ingrid Jan Jens Joachim
Jochen Johann Johanna Johannes Jonas Jörg Jürgen Karin Karl Karl-Heinz Katharina Katja Katrin
Klaus Kurt Lars Lena Leon Lukas Lutz Manfred Margarete Markus Martina Matthias Maximilian
Michael Monika Norbert Olaf Otto Petra Rainer Ralf Regina Reinhard Renate Rolf Rudolf Sabine Sandra
Silke Simone Stefan Stefanie Susanne Sven Thorsten Tobias Torsten Udo Ulrich Ulrike Ursula Uta Ute
Uwe Volker Walter Werner Wilhelm Wolfgang Jannik Finn Lina Mila Emilia Hanna Leonie Lea Luca Noah
Paul Elias Ben Anton Moritz Konstantin Friedrich-Wilhelm Annalena Olaf Hubertus Gerd Winfried
Aad Anneke Arjen Bas Bram Cornelis Daan Dirk Edwin Femke Floris Geert Gerrit Hendrik Henk Ilse
Inge Jaap Jan-Willem Jeroen Joost Joris Kees Koen Lieke Lotte Maarten Marieke Marijke Mark Mees
Niels Pieter Rik Roel Ruud Saskia Sjoerd Stijn Sven Teun Thijs Tim Wim Willem Wouter Yvonne Femke
Anders Annika Astrid Birgitta Bjørn Dag Eirik Elin Erik Eva Frida Gunnar Hanne Hans Helle
Henrik Ida Inge Ingrid Jens Johan Jonas Karin Kari Kerstin Kjell Knut Kristian Kristin Lars Leif
Lena Linnea Magnus Mats Mette Mikael Morten Nils Ola Ole Per Pernille Rasmus Sigrid Sofie Solveig
Stig Sune Søren Thomas Tor Torbjørn Trine Ulf Åsa Øystein Sanna Mikko Jukka Juha Pekka Timo Antti
Matti Kari Heikki Sanna Aino Aleksi Ville Tuomas Jussi Minna Päivi Tiina Sauli Sigurd Einar Halvard
Alessandro Alessia Alberto Andrea Angelo Anna Antonella Antonio Beatrice Carla Carlo Chiara
Claudio Cristina Daniela Dario Davide Domenico Elisa Emanuele Enrico Enzo Fabio Federica Filippo
Francesca Franco Gabriele Giacomo Gianluca Gianni Giorgia Giorgio Giovanna Giovanni Giulia Giulio
Giuseppe Guido Ilaria Laura Leonardo Lorenzo Luca Luciano Luigi Marco Maria Mario Massimo Matteo
Maurizio Michele Nicola Paola Paolo Pietro Raffaele Riccardo Roberta Roberto Salvatore Sara
Sergio Silvia Simona Simone Stefano Tommaso Umberto Valentina Valerio Vittoria Vittorio Luca Giorgia
Aleksandr Aleksei Alexei Alexey Alla Anastasia Anatoly Andrei Andrey Anton Arkady Boris Daria
Denis Dmitri Dmitry Ekaterina Elena Evgeny Galina Gennady Grigory Igor Ilya Irina Ivan Kirill
Konstantin Ksenia Larisa Leonid Lyudmila Maksim Maxim Marina Mikhail Nadezhda Natalia Natalya
Nikita Nikolai Nikolay Oksana Oleg Olga Pavel Pyotr Roman Ruslan Sergei Sergey Stanislav Svetlana
Tatiana Tatyana Timur Vadim Valentin Valentina Valery Vasily Vera Viktor Viktoria Vitaly Vladimir
Vladislav Volodymyr Vyacheslav Yekaterina Yelena Yevgeny Yulia Yuri Zinaida Mykola Oleksandr
Oleksiy Petro Taras Bohdan Yaroslav Andriy Serhiy Yuliia Olena Kateryna Iryna Dmytro Vitali
Agnieszka Aleksandra Andrzej Anna Barbara Bartosz Beata Dorota Ewa Grzegorz Jacek Jakub Jan Janusz
Jarosław Joanna Józef Kamil Katarzyna Krzysztof Łukasz Magdalena Małgorzata Marcin Marek Mariusz
Michał Monika Paweł Piotr Radosław Stanisław Tadeusz Tomasz Wojciech Zbigniew Zofia Donald Mateusz
Jana Petr Jiří Pavel Martin Tomáš Lucie Veronika Zuzana Miroslav Ladislav Milan Juraj Peter
Zoltán Gábor László István Péter Katalin Zsuzsanna Ferenc Viktor Ágnes Balázs Dániel Márton
Andrej Bojan Dragan Goran Ivana Marko Milica Milos Nikola Stefan Vesna Zoran Aleksandar Luka Ante
Dimitris Giorgos Georgios Konstantinos Nikos Eleni Maria Yannis Kostas Alexis Stavros Christos
Mihai Andrei Ion Ioana Elena Gheorghe Vasile Cristian Florin Adrian Radu Bogdan Nicolae Klaus
Abdel Abdul Abdullah Abdulrahman Abdulaziz Adel Ahmad Ahmed Aisha Ali Amal Amina Amir Amira
Anwar Asma Ayman Aziz Bashar Bassam Bilal Fadi Faisal Farah Farid Fatima Fawzi Ghassan Habib Hadi
Hamad Hamid Hamza Hana Hani Hassan Hatem Hisham Hossam Hussein Ibrahim Imad Iman Issa Jamal Jamil
Kamal Karim Khaled Khalid Khalil Laila Layla Leila Mahmoud Majid Malik Marwan Maryam Mohamed
Mohammad Mohammed Muhammad Mona Mostafa Mustafa Nabil Nadia Naguib Nasser Nour Omar Osama Qasim
Rami Rania Rashid Reem Salah Saleh Salem Salim Salma Sami Samir Samira Sara Saud Sultan Tarek
Tariq Walid Yasmin Yasser Yousef Youssef Yusuf Zaid Zainab Zayed Ziad Nayef Turki Mansour Fahd
Ahmet Ali Ayşe Burak Cem Deniz Elif Emine Emre Erdem Fatma Hakan Hasan Hüseyin İbrahim Kemal
Mehmet Murat Mustafa Ömer Recep Selin Serkan Tolga Volkan Yusuf Zeynep Ekrem
Abbas Ali Amir Arash Babak Bahram Darius Dariush Farhad Fariba Hamid Hassan Hossein Javad Kaveh
Mahmoud Majid Maryam Masoud Mehdi Mohsen Nasrin Parisa Reza Saeed Shirin Soheila Yasmin Ebrahim
Aarav Aarti Abhishek Aditi Aditya Ajay Akash Amit Amitabh Anand Anil Anita Anjali Ankit Anupam
Arjun Arun Arvind Ashok Deepa Deepak Dev Divya Gaurav Geeta Gopal Harish Indira Jaya Karan Kavita
Krishna Kumar Lakshmi Manish Manoj Meena Mohan Mukesh Nandini Narendra Neha Nikhil Nitin Pooja
Prakash Pranav Prem Priya Rahul Raj Rajesh Rajiv Rakesh Ramesh Ravi Rohan Rohit Sachin Sanjay
Sanjeev Santosh Shashi Shreya Sita Sneha Sonia Subhash Sudhir Sunil Sunita Suresh Swati Tara
Varun Vijay Vikram Vinod Vishal Yash Amartya Rishi Sundar Satya Indra Kamala Nirmala Rajnath Shehbaz
Imran Nawaz Asif Bilawal Benazir Maryam Shahid Mujib Sajeeb Tahir Wasim Shoaib Babar Salman
Abiodun Adaeze Adebayo Adewale Ama Amaka Babajide Bola Chidi Chidinma Chinedu Chioma Chukwuma
Emeka Folake Funmilayo Ifeoma Ikechukwu Kelechi Kofi Kwabena Kwame Kwaku Kwesi Mamadou Moussa Musa
Ngozi Nnamdi Obinna Oluwaseun Olumide Segun Tunde Uche Yaw Yemi Abena Akosua Efua Esi Fatou Aminata
Ousmane Sekou Ibrahima Abdoulaye Cheikh Moctar Thabo Sipho Themba Lerato Nomvula Mandla Cyril
Jacob Jomo Uhuru Wanjiru Wanjiku Njeri Kamau Otieno Achieng Akinyi Tendai Tatenda Chipo Farai
Aiko Akira Ayumi Daisuke Haruka Haruto Hideki Hiroshi Hiroto Ichiro Kaito Kazuo Keiko Kenji Kenta
Koji Makoto Mariko Masako Masaru Michiko Naoki Naoko Noriko Ren Riku Sakura Satoshi Shigeru Shinzo
Shota Sota Takashi Takeshi Taro Tomoko Yoko Yoshihide Yoshiko Yui Yuki Yuko Yumi Yuna Yuto Fumio
Shigeru Sanae Naomi Kei Hana Mei Jin Min Seo Ji Hyun Jae Eun Soo Young Hye Ji-won Min-jun
Seo-yeon Ji-ho Ji-hoon Hyun-woo Seung-min Yoon-seo Ha-eun Do-yoon Eun-ji Jung-hoon Sung-min
Aviva Avraham Ayelet Benjamin Benny Dalia Eitan Eli Ehud Gideon Hadas Ilan Itamar Moshe Naftali
Noa Ofer Orly Rivka Ron Shai Shimon Shira Tal Tamar Tzipi Uri Yael Yair Yitzhak Yosef Yuval Zvi
Ngoc Anh Linh Lan Minh Hoa Duc Thanh Tuan Trung Hung Nguyet Phuong Quang Thi Huong Dung Long
Agus Budi Dewi Joko Sri Putri Rizal Siti Wahyu Prabowo Ahmad Nur Nurul Ratna Rudy Hadi Andi
Kiri Rangi Aroha Tane Wiremu Hemi Manaia Jacinda Chris Anthony Penny
Adriano Aécio Benedita Bento Caetano Chico Dilma Eduarda Fernanda Gilberto Glória Heloísa Jair
Lula Luiz Marcelo Marina Neymar Osvaldo Renata Rivaldo Rogério Romário Ronaldo Sócrates Vinícius
Cuauhtémoc Andrés Claudia Xóchitl Marcelo Enrique Felipe Vicente Ernesto Lázaro Ivonne Gustavo
Evo Álvaro Hugo Nicolás Juan-Carlos Cristina Mauricio Sebastián Gabriel Michelle Javier Ricardo
Kamala Barack Hillary Joe Jill Mitt Nancy Chuck Kevin Ron Nikki Ted Marco Rand Lindsey Elizabeth
Bernie Pete Kirsten Amy Cory Tulsi Beto Greg Gavin Kathy Gretchen Josh Stacey Ilhan Alexandria
Keir Rishi Boris Theresa Tony Gordon Liz Rachel Yvette Angela Priti Suella Sadiq Nicola Humza
Emmanuel Olaf Giorgia Pedro Ursula Charles Camilla Kate Meghan Harry Anne Edward Andrew Sophie
Volodymyr Vladimir Sergei Li Narendra Recep Benjamin Mohammed Ebrahim Justin Jacinda
Shinzo Fumio Kim Ferdinand Rodrigo Joko Anwar Lee Halimah Bola Abiy
Abril Ace Adalyn Addie Adeline Adnan Agatha Aimée Alayna Alden Aldo Alessandra Allie Alondra Alton
Alyssa Amari Ambrose Amos Anika Annabelle Annalise Anya Apollo Arabella Archer Ari Ariel Arlo Arnav
Asher Aspen Athena Atticus Augustine Augustus Aurora Ayden Barrett Basil Beatrix Beau Beckett
Benedict Bennie Bentley Bernice Bert Bessie Blair Blaine Bonita Boyd Braden Bradford Brady Branson
Braxton Brendon Brenna Briar Bridgette Brock Brody Bronwyn Bruno Bryant Brynn Buddy Burt Byron Cade
Cain Caitlyn Callan Camden Candice Carey Carina Carly Carmela Carolina Casper Cassidy Cecily Cedric
Celeste Celia Chandler Chantelle Charity Charley Chester Cheyenne Christie Cillian Clark Claudette
Clementine Cleo Cliff Clint Colton Conrad Cora Corey Cornelius Cruz Cyrus Dakota Dalton Dane
Daniella Dante Darnell Darryl Davis Dawson Deandre Deirdre Delilah Demetrius Denzel Desiree Dexter
Dillon Dina Dixie Donnie Dora Dorian Dottie Duane Duke Easton Edie Edison Effie Elaina Eleanora
Eliana Elise Eliza Ellis Elmer Elsa Elton Elvis Emery Emmett Ernie Esme Estelle Etta Eugenia Eunice
Evangeline Everly Ezra Fabian Fay Fern Finley Fletcher Flora Flynn Forrest Francine Freda Gabe Gage
Galen Garth Genevieve Georgina Gigi Giselle Goldie Gracie Greta Griffin Gus Hadley Hal Hallie Harlan
Harmony Helena Henrietta Hollis Hubert Idris Ignatius Imani Ira Irma Isadora Isaias Jace Jaclyn Jada
Jameson Janelle Janine Jaxon Jayla Jemima Jericho Jethro Jewel Jodie Jolene Jonah Josie Judah Jude
Julianna Juliette Junior Justine Kai Kane Kara Karina Kasey Katrina Kayden Keegan Kelvin Kendall
Kenya Kira Kit Kobe Kristopher Lacy Lamar Lara Laurel Lavinia Layne Leandro Leland Lenny Lenora
Leona Leopold Lesley Letitia Lila Lilah Lincoln Linus Liza Lonnie Lou Lucian Luciana Luna Luther
Lyle Lyra Mack Macy Madelyn Mae Malachi Mallory Marcel Marcella Margot Mariah Marianne Marisa Marla
Marley Marlon Matilda Maude Mavis Maxwell Mckenzie Mercy Micah Millie Mina Minnie Mira Mitch Moira
Monty Myles Nadine Nash Nell Nellie Nestor Nico Noelle Nolan Octavia Odessa Odin Ollie Opal Orion
Otis Ottilie Ozzie Palmer Parker Pat Paulette Perry Pierce Pippa Porter Quincy Quinn Raina Ramona
Randolph Raphael Reagan Reece Reid Remy Rene Reuben Rhett Rhoda Richie Rocco Romeo Ronan Rosalie
Rosie Rowena Roxie Rupert Russ Ryder Sage Santino Sasha Saul Scarlet Selena Selma Seymour Shana
Shelia Sherman Sierra Silas Skye Sloane Solomon Sonny Stanton Sterling Stewart Sullivan Sunny
Susanna Sybil Sylvester Talia Tanner Tatum Teddy Tessa Thaddeus Thea Thelonious Tilly Timmy Trent
Trinity Trudy Ty Tyson Uma Vance Vaughn Velma Verity Vic Vienna Vivienne Wallace Walker Waylon
Wendell Weston Wilfred Willa Winifred Winston Winnie Wren Wynn Zachariah Zeke Zelda Zion Zora Aoife
Bronagh Caoimhe Ciara Clodagh Dervla Eimear Fionnuala Grainne Niall Padraig Sorcha Tadhg Aled Bethan
Carys Eleri Emyr Gwyneth Huw Iwan Llinos Mared Meinir Owain Rhian Siân Tomos Ffion Mali Catrin Osian
Alessio Aurelio Camillo Cesare Corrado Donatella Edoardo Elio Ettore Fausto Fiorella Gaia Gianfranco
Ginevra Graziella Ignazio Lino Livia Lucio Marcello Mirella Nino Ornella Pasquale Piero Rosaria
Sandro Tiziana Ugo Abdelaziz Abdelkader Aboubacar Adama Ahmadou Aissatou Alassane Amadou Awa Babacar
Binta Boubacar Djibril Fanta Idrissa Kadiatou Lamine Mariama Modou Oumar Ramatoulaye Seydou
Souleymane Yacouba Adaku Adebola Adenike Adunni Akin Ayodele Bisi Chiamaka Chibuike Chukwudi
Damilola Ebere Femi Folarin Ifeanyi Ikenna Kayode Kemi Nkechi Obi Olu Oluwadamilare Onyeka Simisola
Temitope Tobi Amani Baraka Faraji Jabari Juma Mwangi Neema Njoroge Zawadi Wairimu Odhiambo Aarush
Abhinav Anushka Aryan Chetan Dhruv Ishaan Jatin Kiran Madhav Mahesh Neeraj Nisha Pankaj Parth
Radhika Ritu Rupa Sameer Sandeep Shalini Shyam Sonal Tanvi Uday Usha Vivek Yogesh Zoya Gurpreet
Harpreet Jaspreet Manpreet Navdeep Simran Baljit Kuldeep Rajinder Sukhwinder Amrit Aigerim Aliya
Asel Azamat Bakhyt Dauren Nurlan Yerlan Gulnara Rustam Shavkat Dilnoza Farrukh Jasur Bao Binh Chau
Cuong Dao Giang Hai Hanh Hien Hieu Khanh Lien Mai Nam Nga Nhung Phuc Quynh Son Tam Thao Thu Trang
Truc Tu Uyen Van Vinh Xuan Yen Ayaan Ayesha Bushra Danish Farhan Fawad Hira Iqra Junaid Kashif
Mahnoor Rabia Saad Saima Sana Shahzad Tayyab Umar Usman Zain Zeeshan Agustín Aníbal Bautista
Benjamín Constanza Emiliano Gael Hernán Itzel Jacinto Josefina Leonel Lucía Máximo Mía Rodolfo
Salomé Valeria Xiomara Yesenia Zulema Aurélien Bastien Blandine Dorothée Eloïse Fanny Gaëtan Gautier
Héloïse Jérémie Léonie Maël Marius Noémie Perrine Romane Tanguy Timothée Victoire
`

// familyFirstSurnames are common family names of Chinese, Korean and
// Vietnamese, where the family name comes first ("Zhang Weiming", "Park
// Ji-won"), so that the family name, not the last word, is the short form.
// Source: the most common surnames in the censuses of mainland China (2020),
// South Korea (2015) and Vietnam.
const familyFirstSurnames = `
Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Lai Fan Jia Xia Qian Qin Xiong Meng Bai Kong Shi Mao
Kim Lee Park Choi Jung Jeong Kang Cho Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Jeon
Hong Ko Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Eom
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly
`
